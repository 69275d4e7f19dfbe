import { useI18n } from '../lib/i18n';

export function LanguageSwitch() {
  const { t, language, setLanguage } = useI18n();
  return (
    <label className="lang">
      <span className="visually-hidden">{t('portal.language')}</span>
      <select
        data-testid="portal-language"
        value={language}
        onChange={(e) => setLanguage(e.target.value === 'en' ? 'en' : 'es')}
      >
        <option value="es">{t('portal.languages.es')}</option>
        <option value="en">{t('portal.languages.en')}</option>
      </select>
    </label>
  );
}
