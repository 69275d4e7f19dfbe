import { z } from 'zod';
import type { Id } from './ids';
import { LocalizedTextSchema, type Language } from './localized-text';
import { TicketTypeSchema } from './ticket-enums';

export const CategorySchema = z.object({
  id: z.string().min(1),
  parentId: z.string().min(1).nullable(),
  name: LocalizedTextSchema,
  /** The type a new ticket in this category defaults to (a "request" category vs an "incident" one). */
  defaultType: TicketTypeSchema.nullable(),
  active: z.boolean(),
});
export type Category = z.infer<typeof CategorySchema>;

export interface CategoryNode extends Category {
  children: CategoryNode[];
  depth: number;
}

/** Builds the tree once; orphans (parent missing) become roots rather than vanishing. */
export function buildCategoryTree(categories: readonly Category[]): CategoryNode[] {
  const nodes = new Map<Id, CategoryNode>();
  for (const c of categories) nodes.set(c.id, { ...c, children: [], depth: 0 });
  const roots: CategoryNode[] = [];
  for (const node of nodes.values()) {
    const parent = node.parentId ? nodes.get(node.parentId) : undefined;
    if (parent) parent.children.push(node);
    else roots.push(node);
  }
  const setDepth = (list: CategoryNode[], depth: number): void => {
    for (const n of list) {
      n.depth = depth;
      setDepth(n.children, depth + 1);
    }
  };
  setDepth(roots, 0);
  return roots;
}

/** "Hardware › Impresoras › Atasco" — the label agents see in pickers and rows. */
export function categoryPath(
  categoriesById: ReadonlyMap<Id, Category>,
  id: Id,
  language: Language,
  separator = ' › ',
): string {
  const names: string[] = [];
  const seen = new Set<Id>();
  let current = categoriesById.get(id);
  while (current && !seen.has(current.id)) {
    seen.add(current.id);
    names.unshift(current.name[language]);
    current = current.parentId ? categoriesById.get(current.parentId) : undefined;
  }
  return names.join(separator);
}

/** Accent- and case-insensitive, so "impresion" finds "Impresión". */
export function normalizeForMatch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase();
}

export interface CategoryMatch {
  id: Id;
  path: string;
  score: number;
}

/** Type-ahead over category paths: every query word must appear; leaf and prefix hits rank first. */
export function searchCategories(
  categories: readonly Category[],
  query: string,
  language: Language,
  limit = 20,
): CategoryMatch[] {
  const byId = new Map(categories.map((c) => [c.id, c]));
  const words = normalizeForMatch(query).split(/\s+/).filter(Boolean);
  const matches: CategoryMatch[] = [];
  for (const c of categories) {
    if (!c.active) continue;
    const path = categoryPath(byId, c.id, language);
    const haystack = normalizeForMatch(path);
    if (!words.every((w) => haystack.includes(w))) continue;
    const leaf = normalizeForMatch(c.name[language]);
    let score = 0;
    for (const w of words) {
      if (leaf.startsWith(w)) score += 3;
      else if (leaf.includes(w)) score += 2;
      else score += 1;
    }
    matches.push({ id: c.id, path, score });
  }
  matches.sort((a, b) => b.score - a.score || a.path.localeCompare(b.path));
  return matches.slice(0, limit);
}
