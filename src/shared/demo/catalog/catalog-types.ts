import type { TicketType } from '../../domain/ticket-enums';

/**
 * Bilingual wording for tickets of one leaf category. Placeholders {floor}, {asset}, {site}
 * and {n} are filled by the generator so titles vary without losing their search words.
 */
export interface TicketWording {
  titles: readonly string[];
  descriptions: readonly string[];
}

export interface DemoCategorySpec {
  id: string;
  es: string;
  en: string;
  /** Default ticket type for the subtree (inherited by children that do not set one). */
  type?: TicketType;
  /** Resolver group tickets of this subtree are escalated to (N2/N3). */
  escalationGroupId?: string;
  children?: readonly DemoCategorySpec[];
  /** Leaves only: how their tickets are worded. */
  wording?: { es: TicketWording; en: TicketWording };
}

/** Shorthand for a leaf with two titles and one description per language. */
export function leaf(
  id: string,
  es: string,
  en: string,
  esTitles: readonly string[],
  esDescription: string,
  enTitles: readonly string[],
  enDescription: string,
  type?: TicketType,
): DemoCategorySpec {
  return {
    id,
    es,
    en,
    ...(type ? { type } : {}),
    wording: {
      es: { titles: esTitles, descriptions: [esDescription] },
      en: { titles: enTitles, descriptions: [enDescription] },
    },
  };
}
