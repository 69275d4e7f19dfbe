import { useMemo } from 'react';
import { createCategoryPathLookup } from '../lib/category-lookup';
import type { ReferenceData } from '../store/session-slice';
import { useAppStore } from '../store/use-app-store';

export function useReference(): ReferenceData | null {
  return useAppStore((s) => s.session.reference);
}

/** Category id → "Hardware › Impresoras" in the current language, memoized per language. */
export function useCategoryPath(): (id: string | null) => string | null {
  const categoriesById = useAppStore((s) => s.session.reference?.categoriesById ?? null);
  const language = useAppStore((s) => s.session.language);
  return useMemo(() => createCategoryPathLookup(categoriesById, language), [categoriesById, language]);
}
