import { describe, expect, it } from 'vitest';
import { latestTemplateVersions, templatesForCategory } from './templates-for-category';
import { sampleTemplate } from './checklist.test-fixtures';

const categories = [
  { id: 'cat-hw', parentId: null },
  { id: 'cat-hw-printer', parentId: 'cat-hw' },
  { id: 'cat-hw-printer-jam', parentId: 'cat-hw-printer' },
  { id: 'cat-hw-laptop', parentId: 'cat-hw' },
  { id: 'cat-acc', parentId: null },
];

describe('templates for a category', () => {
  const hw = sampleTemplate({ id: 'tpl-hw', categoryId: 'cat-hw' });
  const printerV1 = sampleTemplate({ id: 'tpl-printer', categoryId: 'cat-hw-printer', version: 1 });
  const printerV2 = sampleTemplate({ id: 'tpl-printer', categoryId: 'cat-hw-printer', version: 2 });
  const all = [hw, printerV1, printerV2];

  it('uses the nearest ancestor with a template, latest version only', () => {
    expect(templatesForCategory(all, categories, 'cat-hw-printer-jam').map((t) => [t.id, t.version])).toEqual([['tpl-printer', 2]]);
    expect(templatesForCategory(all, categories, 'cat-hw-laptop').map((t) => t.id)).toEqual(['tpl-hw']);
    expect(templatesForCategory(all, categories, 'cat-acc')).toEqual([]);
    expect(templatesForCategory(all, categories, null)).toEqual([]);
  });

  it('stops on a cycle in the category data', () => {
    const looped = [{ id: 'a', parentId: 'b' }, { id: 'b', parentId: 'a' }];
    expect(templatesForCategory(all, looped, 'a')).toEqual([]);
  });

  it('keeps the highest version of each template', () => {
    expect(latestTemplateVersions(all).map((t) => [t.id, t.version])).toEqual([['tpl-hw', 1], ['tpl-printer', 2]]);
  });
});
