import { z } from 'zod';

export const LANGUAGES = ['es', 'en'] as const;
export const LanguageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof LanguageSchema>;

/** Reference data an admin writes once in both languages (category names, checklist steps…). */
export const LocalizedTextSchema = z.object({ es: z.string().min(1), en: z.string().min(1) });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

export function pickText(text: LocalizedText, language: Language): string {
  return text[language];
}
