import { useTranslation } from 'react-i18next';
import { mailEn, mailEs } from '../../../../shared/i18n/mail-catalog';

export { fill } from '../../../../shared/reports/report-texts';

/** The mail panel's words (src/shared/i18n/mail-catalog.ts) in the UI language; errors still come from i18next. */
export function useMailTexts(): (typeof mailEs)['mail'] {
  const { i18n } = useTranslation();
  return (i18n.language === 'en' ? mailEn : mailEs).mail;
}
