import type { LocalizedText } from '../../domain/localized-text';

/** Spanish first, English second: the seed templates read like the catalogs. */
export const t = (es: string, en: string): LocalizedText => ({ es, en });
