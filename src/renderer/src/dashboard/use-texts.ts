import { useTranslation } from 'react-i18next';
import { reportsEn, reportsEs } from '../../../shared/i18n/reports-catalog';

export { fill } from '../../../shared/reports/report-texts';

/**
 * The dashboard's own words (src/shared/i18n/reports-catalog.ts, es/en) in the window's language. They
 * are kept out of the typed i18next catalog, whose key union is at TypeScript's instantiation limit;
 * shared words (statuses, channels, SLA targets, errors) still come from i18next.
 */
export function useTexts(): typeof reportsEs {
  const { i18n } = useTranslation();
  return i18n.language === 'en' ? reportsEn : reportsEs;
}
