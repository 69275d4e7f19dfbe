import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../errors';
import { detectLanguage, en, es, flattenCatalog, placeholdersOf } from './index';

const flatEs = flattenCatalog(es);
const flatEn = flattenCatalog(en);

describe('i18n catalogs', () => {
  it('have exactly the same keys', () => {
    expect(Object.keys(flatEn).sort()).toEqual(Object.keys(flatEs).sort());
  });

  it('use the same {{placeholders}} for every key', () => {
    for (const [key, message] of Object.entries(flatEs)) {
      expect({ key, placeholders: placeholdersOf(flatEn[key] ?? '') }).toEqual({
        key,
        placeholders: placeholdersOf(message),
      });
    }
  });

  it('have no empty messages', () => {
    for (const [key, message] of [...Object.entries(flatEs), ...Object.entries(flatEn)]) {
      expect(message.trim(), key).not.toBe('');
    }
  });

  it('have a message for every error code', () => {
    for (const code of ERROR_CODES) {
      expect(flatEs[`errors.${code}`], code).toBeTypeOf('string');
      expect(flatEn[`errors.${code}`], code).toBeTypeOf('string');
    }
  });

  it('have a message for every zod issue code and a fallback', () => {
    const codes = [
      'required',
      'too_small',
      'too_big',
      'invalid_type',
      'invalid_value',
      'invalid_format',
      'unrecognized_keys',
      'custom',
      'generic',
    ];
    for (const code of codes) {
      expect(flatEs[`validation.${code}`], code).toBeTypeOf('string');
      expect(flatEn[`validation.${code}`], code).toBeTypeOf('string');
    }
  });
});

describe('detectLanguage', () => {
  it('picks Spanish for any Spanish variant and English otherwise', () => {
    expect(detectLanguage('es')).toBe('es');
    expect(detectLanguage('es-PE')).toBe('es');
    expect(detectLanguage('es_419')).toBe('es');
    expect(detectLanguage('ES-mx')).toBe('es');
    expect(detectLanguage('en-US')).toBe('en');
    expect(detectLanguage('pt-BR')).toBe('en');
    expect(detectLanguage('estonian')).toBe('en');
    expect(detectLanguage('')).toBe('en');
    expect(detectLanguage(undefined)).toBe('en');
  });
});
