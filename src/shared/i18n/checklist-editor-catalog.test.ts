import { describe, expect, it } from 'vitest';
import { checklistEditorEn, checklistEditorEs } from './checklist-editor-catalog';
import { flattenCatalog, placeholdersOf } from './index';

describe('checklist editor catalog', () => {
  const es = flattenCatalog(checklistEditorEs);
  const en = flattenCatalog(checklistEditorEn);
  it('has the same keys and placeholders in both languages, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(es).sort());
    for (const [key, message] of Object.entries(es)) {
      expect(message.trim(), key).not.toBe('');
      expect(en[key]!.trim(), key).not.toBe('');
      expect(placeholdersOf(en[key]!), key).toEqual(placeholdersOf(message));
    }
  });
});
