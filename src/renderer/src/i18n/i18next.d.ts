import 'i18next';
import type { Catalog } from '../../../shared/i18n';

/** Typed keys: `t('queue.totl')` is a compile error. */
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalog };
  }
}
