import { describe, expect, it } from 'vitest';
import { flattenCatalog, placeholdersOf } from './index';
import { mailEn, mailEs } from './mail-catalog';

describe('mail catalog', () => {
  it('has the same keys, placeholders and no empty message in es and en', () => {
    const es = flattenCatalog(mailEs);
    const en = flattenCatalog(mailEn);
    expect(Object.keys(en).sort()).toEqual(Object.keys(es).sort());
    for (const [key, message] of Object.entries(es)) {
      expect(placeholdersOf(en[key] ?? ''), key).toEqual(placeholdersOf(message));
      expect(message.trim(), key).not.toBe('');
      expect((en[key] ?? '').trim(), key).not.toBe('');
    }
  });
});
