import type { Language } from '../domain/localized-text';
import { en, es } from '../i18n';

type WorkflowCatalog = (typeof es)['workflow'];
const CATALOGS: Record<Language, WorkflowCatalog> = { es: es.workflow, en: en.workflow };

/** The workflow section of the catalogs: texts this pure code writes (summaries) stay translatable. */
export function workflowMessages(language: Language): WorkflowCatalog {
  return CATALOGS[language];
}

/** `{{name}}` interpolation, as i18next does it (without escaping: the result is plain text). */
export function interpolate(message: string, params: Record<string, string | number>): string {
  return message.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
