import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { detectLanguage, en, es, flattenCatalog, type Language } from '../../../shared/i18n';
import { portalEn } from '../../../shared/i18n/portal-catalog-en';
import { portalEs, type PortalCatalog } from '../../../shared/i18n/portal-catalog-es';

/**
 * The portal's translations: its own catalog (src/shared/i18n/portal-catalog-*.ts) plus the shared
 * error and validation messages. A small translator instead of i18next: the desk's typed i18next
 * augmentation covers the renderer, and the portal loads faster without it.
 */
type Leaves<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Leaves<T[K], `${P}${K}.`>;
}[keyof T & string];
export type PortalKey = Leaves<PortalCatalog>;
export type Params = Record<string, string | number | boolean | null | undefined>;
export type Translate = (key: PortalKey | `errors.${string}` | `validation.${string}`, params?: Params) => string;

const MESSAGES: Record<Language, Record<string, string>> = {
  es: flattenCatalog({ ...portalEs, errors: es.errors, validation: es.validation }),
  en: flattenCatalog({ ...portalEn, errors: en.errors, validation: en.validation }),
};
const STORAGE_KEY = 'mesa.portal.language';

function readStored(): string | null {
  try {
    return window.localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

export function initialLanguage(): Language {
  const fromUrl = new URLSearchParams(window.location.search).get('lang');
  if (fromUrl === 'es' || fromUrl === 'en') return fromUrl;
  const stored = readStored();
  if (stored === 'es' || stored === 'en') return stored;
  return detectLanguage(navigator.language);
}

export function translate(language: Language, key: string, params: Params = {}): string {
  const message = MESSAGES[language][key] ?? MESSAGES.es[key] ?? key;
  return message.replace(/\{\{\s*([\w.]+)\s*\}\}/g, (_m, name: string) => String(params[name] ?? ''));
}

interface I18nValue {
  language: Language;
  setLanguage(language: Language): void;
  t: Translate;
}
const I18nContext = createContext<I18nValue | null>(null);

export function I18nProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(initialLanguage);
  const setLanguage = useCallback((next: Language) => {
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // Storage refused (a third-party frame): the choice lasts for this page only.
    }
    setLanguageState(next);
  }, []);
  const value = useMemo<I18nValue>(
    () => ({ language, setLanguage, t: (key, params) => translate(language, key, params) }),
    [language, setLanguage],
  );
  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}

export function formatDateTime(language: Language, iso: string): string {
  return new Intl.DateTimeFormat(language === 'es' ? 'es' : 'en', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

export function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
