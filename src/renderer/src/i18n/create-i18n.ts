import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { resources, type Language } from '../../../shared/i18n';
import { addChecklistEditorTexts } from './checklist-editor-text';

/** One i18next instance per window, fed by the shared catalogs; synchronous init. */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'es',
    supportedLngs: ['es', 'en'],
    interpolation: { escapeValue: false },
    returnNull: false,
    initAsync: false,
  });
  addChecklistEditorTexts(instance);
  return instance;
}
