import type { Language as DomainLanguage } from '../domain/localized-text';
import { en } from './en';
import { es, type Catalog } from './es';

export type { Catalog } from './es';
export { es } from './es';
export { en } from './en';

export type Language = DomainLanguage;

export const DEFAULT_LANGUAGE: Language = 'es';

/** i18next-shaped resources: one `translation` namespace per language. */
export const resources: Record<Language, { translation: Catalog }> = {
  es: { translation: es },
  en: { translation: en },
};

/** OS locale → UI language: any Spanish variant ("es", "es-PE", "es_419") is Spanish, anything else English. */
export function detectLanguage(locale: string | undefined): Language {
  if (!locale) return 'en';
  return /^es(?:[-_]|$)/i.test(locale.trim()) ? 'es' : 'en';
}

/** Flattens a catalog to dotted keys → message, as i18next resolves them. */
export function flattenCatalog(catalog: object, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [key, value] of Object.entries(catalog)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') out[path] = value;
    else if (value && typeof value === 'object') Object.assign(out, flattenCatalog(value, path));
  }
  return out;
}

/** The `{{name}}` placeholders of a message, sorted and unique. */
export function placeholdersOf(message: string): string[] {
  const names = new Set<string>();
  for (const m of message.matchAll(/\{\{\s*([\w.]+)\s*\}\}/g)) if (m[1]) names.add(m[1]);
  return [...names].sort();
}
