import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { QueuePage } from '../../../shared/api/queue-schemas';
import type { Database } from '../schema';
import { expandCategoryIds } from './category-descendants';
import { pageIndexFor } from './queue-indexes';
import { pageRowsOrder, rangeOrder } from './queue-order';
import { QUEUE_ROW_COLUMNS, queueRowFromRecord, type QueueRowRecord } from './queue-row';
import { countQueueTotal } from './queue-total';
import type { QueuePageParsed, QueueQuery, QueueScope } from './queue-types';
import { queueWhere } from './queue-where';

type Part = 'dated' | 'undated' | 'all';

function partSql(query: QueueQuery, input: QueuePageParsed, where: RawBuilder<unknown>, part: Part, offset: number, limit: number) {
  const index = pageIndexFor(query, input.sort.by);
  const range =
    part === 'dated' ? sql` AND sla_due_at IS NOT NULL` : part === 'undated' ? sql` AND sla_due_at IS NULL` : sql``;
  const order = rangeOrder(input.sort, part === 'undated' ? 'undated' : 'dated');
  // Only `seq` is read from the index: skipping `offset` entries never touches table rows.
  return sql<{ seq: number }>`SELECT seq FROM tickets INDEXED BY ${index} WHERE ${where}${range}
    ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
}

/**
 * The page's rowids in order. For sla_due the dated range is read first; only when it runs out
 * is the undated range read, and its offset is known without a count whenever the dated range
 * returned some rows (dated count = offset + rows returned).
 */
async function pageSeqs(db: Kysely<Database>, query: QueueQuery, input: QueuePageParsed, where: RawBuilder<unknown>) {
  const { offset, limit } = input;
  if (input.sort.by !== 'sla_due') return (await partSql(query, input, where, 'all', offset, limit).execute(db)).rows;
  const dated = (await partSql(query, input, where, 'dated', offset, limit).execute(db)).rows;
  if (dated.length === limit) return dated;
  let datedTotal = offset + dated.length;
  if (dated.length === 0) {
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM tickets INDEXED BY ${pageIndexFor(query, 'sla_due')}
      WHERE ${where} AND sla_due_at IS NOT NULL`.execute(db);
    datedTotal = rows[0]?.n ?? 0;
  }
  const undated = await partSql(query, input, where, 'undated', Math.max(0, offset - datedTotal), limit - dated.length).execute(db);
  return [...dated, ...undated.rows];
}

/**
 * One page of a queue view and the exact total. The page is found in an index whose order is the
 * sort order (offset + limit index entries, no table reads), then its ≤ `limit` rows are read by
 * rowid with the requester's name. The total comes from `countQueueTotal` (cached until the store
 * changes).
 */
export async function findQueuePage(db: Kysely<Database>, scope: QueueScope, input: QueuePageParsed): Promise<QueuePage> {
  const query: QueueQuery = { scope, view: input.view, filters: input.filters };
  const categoryIds = await expandCategoryIds(db, input.filters.categoryIds);
  const total = await countQueueTotal(db, query, categoryIds);
  if (input.offset >= total) return { total, offset: input.offset, rows: [] };
  const seqs = (await pageSeqs(db, query, input, queueWhere(query, categoryIds))).map((r) => r.seq);
  if (seqs.length === 0) return { total, offset: input.offset, rows: [] };
  const { rows } = await sql<QueueRowRecord>`
    SELECT ${QUEUE_ROW_COLUMNS} FROM tickets t LEFT JOIN requesters r ON r.id = t.requester_id
    WHERE t.seq IN (${sql.join(seqs)})
    ORDER BY ${pageRowsOrder(input.sort)}`.execute(db);
  return { total, offset: input.offset, rows: rows.map(queueRowFromRecord) };
}
