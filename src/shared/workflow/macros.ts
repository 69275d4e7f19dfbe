import { DateTime } from 'luxon';
import { z } from 'zod';
import { LocalizedTextSchema, type Language } from '../domain/localized-text';

/** The variables a macro may use. Anything else is reported, never dropped. */
export const MACRO_VARIABLES = ['requester.name', 'ticket.number', 'ticket.title', 'ticket.dueAt', 'agent.name'] as const;
export type MacroVariable = (typeof MACRO_VARIABLES)[number];

/** A canned response: reference data written once per language, optionally offered only in some categories. */
export const MacroSchema = z.strictObject({
  id: z.string().min(1).max(100),
  name: LocalizedTextSchema,
  body: LocalizedTextSchema,
  /** Empty: offered everywhere. */
  categoryIds: z.array(z.string().min(1)).default([]),
});
export type Macro = z.infer<typeof MacroSchema>;

export interface MacroValues {
  requesterName?: string | null;
  /** The human number, or the provisional one while offline. */
  ticketNumber?: string | null;
  ticketTitle?: string | null;
  /** ISO instant of the next SLA due time. */
  dueAt?: string | null;
  agentName?: string | null;
  /** Zone the due time is shown in (the requester's calendar zone). */
  timeZone: string;
}

export interface RenderedMacro {
  text: string;
  /** `{{names}}` that are not macro variables: left in the text as written. */
  unknownVariables: string[];
  /** Known variables without a value here (e.g. no SLA due time): left in the text as written. */
  missingValues: MacroVariable[];
}

const PLACEHOLDER = /\{\{\s*([^{}\s]+)\s*\}\}/g;
const DUE_FORMAT: Record<Language, { format: string; locale: string }> = {
  es: { format: "dd/MM/yyyy HH:mm", locale: 'es' },
  en: { format: 'MM/dd/yyyy h:mm a', locale: 'en-US' },
};

function isMacroVariable(name: string): name is MacroVariable {
  return (MACRO_VARIABLES as readonly string[]).includes(name);
}

function formatDue(iso: string, language: Language, timeZone: string): string | null {
  const at = DateTime.fromISO(iso, { zone: 'utc' });
  if (!at.isValid) return null;
  const { format, locale } = DUE_FORMAT[language];
  return at.setZone(timeZone).setLocale(locale).toFormat(format);
}

function valueOf(name: MacroVariable, language: Language, values: MacroValues): string | null {
  switch (name) {
    case 'requester.name':
      return values.requesterName ?? null;
    case 'ticket.number':
      return values.ticketNumber ?? null;
    case 'ticket.title':
      return values.ticketTitle ?? null;
    case 'agent.name':
      return values.agentName ?? null;
    case 'ticket.dueAt':
      return values.dueAt ? formatDue(values.dueAt, language, values.timeZone) : null;
  }
}

/** Fills `{{variables}}` in one text, in the given language's formats. */
export function renderMacroText(text: string, language: Language, values: MacroValues): RenderedMacro {
  const unknown = new Set<string>();
  const missing = new Set<MacroVariable>();
  const rendered = text.replace(PLACEHOLDER, (whole, name: string) => {
    if (!isMacroVariable(name)) {
      unknown.add(name);
      return whole;
    }
    const value = valueOf(name, language, values);
    if (value === null || value === '') {
      missing.add(name);
      return whole;
    }
    return value;
  });
  return { text: rendered, unknownVariables: [...unknown].sort(), missingValues: [...missing].sort() };
}

export function renderMacro(macro: Macro, language: Language, values: MacroValues): RenderedMacro {
  return renderMacroText(macro.body[language], language, values);
}

/** For the macro editor: unknown variables per language (empty lists when the macro is sound). */
export function macroUnknownVariables(macro: Macro): Record<Language, string[]> {
  const find = (text: string) => [...new Set([...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? ''))].filter((n) => !isMacroVariable(n)).sort();
  return { es: find(macro.body.es), en: find(macro.body.en) };
}

/** Macros offered for a category (those without categories are offered everywhere). */
export function macrosForCategory(macros: readonly Macro[], categoryIds: readonly string[]): Macro[] {
  return macros.filter((m) => m.categoryIds.length === 0 || m.categoryIds.some((id) => categoryIds.includes(id)));
}
