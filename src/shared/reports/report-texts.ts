/** The report texts of one language (the catalog's `reports` section), for code outside i18next. */
import type { Language } from '../domain/localized-text';
import { reportsEn, reportsEs } from '../i18n/reports-catalog';

export type ReportTexts = (typeof reportsEs)['reports'];

export function reportTexts(language: Language): ReportTexts {
  return language === 'en' ? reportsEn.reports : reportsEs.reports;
}

/** `{{name}}` interpolation for the same messages i18next reads. */
export function fill(message: string, values: Record<string, string | number>): string {
  return message.replace(/\{\{\s*(\w+)\s*\}\}/g, (_, key: string) => String(values[key] ?? ''));
}
