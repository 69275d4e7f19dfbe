import { useTranslation } from 'react-i18next';
import { LANGUAGES, LanguageSchema } from '../../../shared/domain/localized-text';
import { useAppStore } from '../store/use-app-store';

export function LanguageSelect() {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.session.language);
  const setLanguage = useAppStore((s) => s.setLanguage);
  return (
    <label className="header__language">
      <span className="visually-hidden">{t('language.label')}</span>
      <select
        className="select select--compact"
        data-testid="language-select"
        value={language}
        onChange={(e) => {
          const parsed = LanguageSchema.safeParse(e.target.value);
          if (parsed.success) void setLanguage(parsed.data);
        }}
      >
        {LANGUAGES.map((lang) => (
          <option key={lang} value={lang} lang={lang}>
            {t(`language.${lang}`)}
          </option>
        ))}
      </select>
    </label>
  );
}
