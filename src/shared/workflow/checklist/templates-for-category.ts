import type { Category } from '../../domain/category';
import type { ChecklistTemplate } from './checklist-schema';

/** Keeps only the highest version of each template id (what new runs start from). */
export function latestTemplateVersions(templates: readonly ChecklistTemplate[]): ChecklistTemplate[] {
  const latest = new Map<string, ChecklistTemplate>();
  for (const t of templates) {
    const current = latest.get(t.id);
    if (!current || t.version > current.version) latest.set(t.id, t);
  }
  return [...latest.values()];
}

/**
 * The templates that apply to a category: its own, else its nearest ancestor's (inheritance down the
 * tree: "Printers" covers "Printers › Paper jam" until the leaf gets its own). Latest versions only,
 * ordered by title id for a stable list. A cycle in the tree data stops the walk instead of looping.
 */
export function templatesForCategory(
  templates: readonly ChecklistTemplate[],
  categories: ReadonlyArray<Pick<Category, 'id' | 'parentId'>>,
  categoryId: string | null,
): ChecklistTemplate[] {
  if (categoryId === null) return [];
  const parents = new Map(categories.map((c) => [c.id, c.parentId]));
  const byCategory = new Map<string, ChecklistTemplate[]>();
  for (const t of latestTemplateVersions(templates)) {
    byCategory.set(t.categoryId, [...(byCategory.get(t.categoryId) ?? []), t]);
  }
  const seen = new Set<string>();
  for (let id: string | null | undefined = categoryId; id && !seen.has(id); id = parents.get(id)) {
    seen.add(id);
    const own = byCategory.get(id);
    if (own) return [...own].sort((a, b) => a.id.localeCompare(b.id));
  }
  return [];
}
