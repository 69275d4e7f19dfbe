import { categoryPath, type Category } from '../../../shared/domain/category';
import type { Language } from '../../../shared/domain/localized-text';

/** id → "Hardware › Impresoras", computed once per id (rows ask for the same few paths constantly). */
export function createCategoryPathLookup(
  categoriesById: ReadonlyMap<string, Category> | null,
  language: Language,
): (id: string | null) => string | null {
  const cache = new Map<string, string>();
  return (id) => {
    if (!id || !categoriesById) return null;
    let path = cache.get(id);
    if (path === undefined) {
      path = categoryPath(categoriesById, id, language) || id;
      cache.set(id, path);
    }
    return path;
  };
}
