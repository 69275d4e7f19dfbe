import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { checklistEditorEn, checklistEditorEs } from '../../../shared/i18n/checklist-editor-catalog';
import type { i18n } from 'i18next';

/**
 * The checklist editor's texts live in their own catalog, merged into the default namespace at start-up
 * but kept out of the typed `Catalog`: one more block there pushes `t`'s key types past TypeScript's
 * instantiation depth (TS2589 in the queue rows). This hook types its own keys instead.
 */
type Paths<T, P extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${P}${K}` : Paths<T[K], `${P}${K}.`>;
}[keyof T & string];
export type ChecklistEditorKey = Paths<typeof checklistEditorEs>;

export function addChecklistEditorTexts(instance: i18n): void {
  instance.addResourceBundle('es', 'translation', checklistEditorEs, true, false);
  instance.addResourceBundle('en', 'translation', checklistEditorEn, true, false);
}

type UntypedT = (key: string, options?: Record<string, unknown>) => string;

/** `ck('ckEditor.save')`, `ck('ckEditor.saved', { version })` in the current language. */
export function useChecklistEditorText(): (
  key: ChecklistEditorKey,
  params?: Record<string, unknown>,
) => string {
  const { t } = useTranslation();
  return useCallback((key, params) => (t as unknown as UntypedT)(key, params), [t]);
}
