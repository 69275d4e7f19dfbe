import { sql, type Kysely } from 'kysely';
import type { SearchHit } from '../../../shared/api/queue-schemas';
import type { Database } from '../schema';
import { toFtsQuery } from './fts-query';
import { QUEUE_ROW_COLUMNS, queueRowFromRecord, type QueueRowRecord } from './queue-row';

/** Plain markers around matched words: the renderer styles them without innerHTML. */
export const SNIPPET_OPEN = '[';
export const SNIPPET_CLOSE = ']';
const TITLE_WEIGHT = 5;
const BODY_WEIGHT = 1;
/** Documents looked at before collapsing to one hit per ticket (comments of one ticket repeat it). */
const CANDIDATES_PER_HIT = 4;

/**
 * Full-text search over titles, descriptions and comments (accent-insensitive: the index removes
 * diacritics). bm25 ranks title matches above body matches; a ticket appears once, with the
 * snippet of its best-ranked document (FTS5 picks the column — title or body — that matches best).
 */
export async function searchTickets(db: Kysely<Database>, query: string, limit: number): Promise<SearchHit[]> {
  const match = toFtsQuery(query);
  if (!match) return [];
  const { rows } = await sql<QueueRowRecord & { snippet: string }>`
    WITH ranked AS (
      SELECT ticket_id, rank, snippet(ticket_fts, -1, ${SNIPPET_OPEN}, ${SNIPPET_CLOSE}, '…', 12) AS snippet
      FROM ticket_fts
      WHERE ticket_fts MATCH ${match} AND rank MATCH ${`bm25(0.0, ${TITLE_WEIGHT}.0, ${BODY_WEIGHT}.0)`}
      ORDER BY rank LIMIT ${limit * CANDIDATES_PER_HIT}
    ),
    best AS (SELECT ticket_id, min(rank) AS rank, snippet FROM ranked GROUP BY ticket_id)
    SELECT ${QUEUE_ROW_COLUMNS}, best.snippet
    FROM best JOIN tickets t ON t.id = best.ticket_id LEFT JOIN requesters r ON r.id = t.requester_id
    ORDER BY best.rank, t.seq DESC LIMIT ${limit}`.execute(db);
  return rows.map((row) => ({ ...queueRowFromRecord(row), snippet: row.snippet }));
}
