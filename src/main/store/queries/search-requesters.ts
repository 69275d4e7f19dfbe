import { sql, type Kysely, type RawBuilder } from 'kysely';
import { normalizeForMatch } from '../../../shared/domain/category';
import type { Requester } from '../../../shared/domain/people';
import { requesterFromRow } from '../reference-rows';
import type { Database } from '../schema';

export interface RequesterSearch {
  query: string;
  organizationId: string | null;
  limit: number;
}

/** Accented letters of Spanish (and common Latin) names, folded as normalizeForMatch folds them. */
const FOLDS: ReadonlyArray<[string, string]> = [
  ['á', 'a'], ['é', 'e'], ['í', 'i'], ['ó', 'o'], ['ú', 'u'], ['ü', 'u'], ['ñ', 'n'], ['à', 'a'], ['è', 'e'],
  ['ç', 'c'], ['Á', 'a'], ['É', 'e'], ['Í', 'i'], ['Ó', 'o'], ['Ú', 'u'], ['Ü', 'u'], ['Ñ', 'n'],
];

/**
 * SQLite's lower() and LIKE only fold ASCII, so "jose" would miss "José": fold the column in SQL
 * the way normalizeForMatch folds the query (no schema change, one pass over the requesters).
 */
function folded(column: string): RawBuilder<string> {
  let expression = `lower(coalesce(${column}, ''))`;
  for (const [from, to] of FOLDS) expression = `replace(${expression}, '${from}', '${to}')`;
  return sql.raw<string>(expression);
}

/** Escapes LIKE wildcards so "50%" or "a_b" are searched literally. */
function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** Type-ahead for the requester picker: name or email contains the text, accent/case-insensitive. */
export async function searchRequesters(db: Kysely<Database>, search: RequesterSearch): Promise<Requester[]> {
  const needle = likeContains(normalizeForMatch(search.query.trim()));
  let query = db
    .selectFrom('requesters')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb(folded('name'), 'like', sql<string>`${needle} ESCAPE '\\'`),
        eb(folded('email'), 'like', sql<string>`${needle} ESCAPE '\\'`),
      ]),
    )
    .orderBy('name')
    .orderBy('id')
    .limit(search.limit);
  if (search.organizationId) query = query.where('organization_id', '=', search.organizationId);
  const rows = await query.execute();
  return rows.map(requesterFromRow);
}
