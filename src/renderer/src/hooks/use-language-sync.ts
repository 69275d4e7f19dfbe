import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../store/use-app-store';

/** Keeps i18next and <html lang> on the store's language (session.get, the switch, session.changed). */
export function useLanguageSync(): void {
  const language = useAppStore((s) => s.session.language);
  const { i18n } = useTranslation();
  useEffect(() => {
    if (i18n.language !== language) void i18n.changeLanguage(language);
    document.documentElement.lang = language;
  }, [i18n, language]);
}
