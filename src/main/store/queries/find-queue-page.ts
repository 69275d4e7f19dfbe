import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { QueuePage, QueueSort } from '../../../shared/api/queue-schemas';
import type { Database } from '../schema';
import { expandCategoryIds } from './category-descendants';
import { pageRowsOrder, rangeOrder } from './queue-order';
import {
  cheapestRange,
  choosePagePlan,
  indexName,
  NO_FACETS,
  queueConstraints,
  rangeWhere,
  readFacets,
  type PagePlan,
} from './queue-plan';
import { QUEUE_ROW_COLUMNS, queueRowFromRecord, type QueueRowRecord } from './queue-row';
import { countQueueTotalIn } from './queue-total';
import type { QueuePageParsed, QueueQuery, QueueScope } from './queue-types';
import { isOpenOnly, matchesNothing } from './queue-where';

type Part = 'dated' | 'undated' | 'all';

function partSql(index: RawBuilder<unknown>, where: RawBuilder<unknown>, sort: QueueSort, part: Part, offset: number, limit: number) {
  const range =
    part === 'dated' ? sql` AND sla_due_at IS NOT NULL` : part === 'undated' ? sql` AND sla_due_at IS NULL` : sql``;
  const order = rangeOrder(sort, part === 'undated' ? 'undated' : 'dated');
  // Only `seq` is read from the index: skipping `offset` entries never touches table rows.
  return sql<{ seq: number }>`SELECT seq FROM tickets INDEXED BY ${index} WHERE ${where}${range}
    ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
}

/**
 * The page's rowids in an index whose order is the sort order. For sla_due the dated range is
 * read first; only when it runs out is the undated range read, and its offset is known without a
 * count whenever the dated range returned some rows (dated count = offset + rows returned).
 */
async function orderedSeqs(db: Kysely<Database>, index: RawBuilder<unknown>, where: RawBuilder<unknown>, input: QueuePageParsed) {
  const { offset, limit, sort } = input;
  if (sort.by !== 'sla_due') return (await partSql(index, where, sort, 'all', offset, limit).execute(db)).rows;
  const dated = (await partSql(index, where, sort, 'dated', offset, limit).execute(db)).rows;
  if (dated.length === limit) return dated;
  let datedTotal = offset + dated.length;
  if (dated.length === 0) {
    const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM tickets INDEXED BY ${index}
      WHERE ${where} AND sla_due_at IS NOT NULL`.execute(db);
    datedTotal = rows[0]?.n ?? 0;
  }
  const undated = await partSql(index, where, sort, 'undated', Math.max(0, offset - datedTotal), limit - dated.length).execute(db);
  return [...dated, ...undated.rows];
}

/** Every match read from the plan's range, sorted by SQLite (which keeps only the top offset + limit). */
async function sortedSeqs(db: Kysely<Database>, plan: PagePlan, input: QueuePageParsed) {
  const { rows } = await sql<{ seq: number }>`SELECT seq FROM tickets INDEXED BY ${indexName(plan.index)}
    WHERE ${plan.where} ORDER BY ${pageRowsOrder(input.sort, '')} LIMIT ${input.limit} OFFSET ${input.offset}`.execute(db);
  return rows;
}

/**
 * The same rows read from whichever end of the order is nearer: rows [offset, offset + limit) of
 * `total` in one direction are rows [total - offset - limit, total - offset) in the other (every
 * order is total, ending in seq), so a page past the middle walks or keeps fewer entries. The
 * final row query restores the requested order. Not for sla_due: its NULLs come last both ways.
 */
function fromNearerEnd(input: QueuePageParsed, total: number): QueuePageParsed {
  const end = Math.min(total, input.offset + input.limit);
  const after = total - end;
  if (input.sort.by === 'sla_due' || after >= input.offset) return input;
  const direction = input.sort.direction === 'asc' ? 'desc' : 'asc';
  return { ...input, sort: { ...input.sort, direction }, offset: after, limit: end - input.offset };
}

/**
 * One page of a queue view and the exact total. The total comes from `countQueueTotal` (facet
 * counts or one index range; cached until the store changes). The page's rowids come from the
 * cheaper of two plans (queue-plan.ts): walk an index in sort order skipping `offset` matches, or
 * sort every match when they are few; neither reads table rows. Then the ≤ `limit` rows are read
 * by rowid with the requester's name.
 */
export async function findQueuePage(db: Kysely<Database>, scope: QueueScope, input: QueuePageParsed): Promise<QueuePage> {
  const query: QueueQuery = { scope, view: input.view, filters: input.filters };
  if (matchesNothing(query)) return { total: 0, offset: input.offset, rows: [] };
  // One read transaction: the facets, the total and the page are one snapshot (a write between them
  // could otherwise add a value the plan's filled-in IN lists do not name).
  if (db.isTransaction) return readQueuePage(db, db, query, input);
  return db.transaction().execute((trx) => readQueuePage(db, trx, query, input));
}

async function readQueuePage(db: Kysely<Database>, trx: Kysely<Database>, query: QueueQuery, input: QueuePageParsed): Promise<QueuePage> {
  const categoryIds = await expandCategoryIds(trx, input.filters.categoryIds);
  const constraints = queueConstraints(query, categoryIds);
  const openOnly = isOpenOnly(query);
  const facets = openOnly ? await readFacets(trx, constraints) : null;
  const total = await countQueueTotalIn(db, trx, query, categoryIds, facets);
  if (input.offset >= total) return { total, offset: input.offset, rows: [] };
  let seqRows: Array<{ seq: number }>;
  if (facets) {
    const read = fromNearerEnd(input, total);
    const plan = choosePagePlan(constraints, facets, true, read.sort, total, read.offset, read.limit);
    seqRows = plan.kind === 'ordered' ? await orderedSeqs(trx, indexName(plan.index), plan.where, read) : await sortedSeqs(trx, plan, read);
  } else {
    const range = cheapestRange(constraints, NO_FACETS, false);
    seqRows = await orderedSeqs(trx, indexName(range.index), rangeWhere(range, constraints, false), input);
  }
  const seqs = seqRows.map((r) => r.seq);
  if (seqs.length === 0) return { total, offset: input.offset, rows: [] };
  const { rows } = await sql<QueueRowRecord>`
    SELECT ${QUEUE_ROW_COLUMNS} FROM tickets t LEFT JOIN requesters r ON r.id = t.requester_id
    WHERE t.seq IN (${sql.join(seqs)})
    ORDER BY ${pageRowsOrder(input.sort)}`.execute(trx);
  return { total, offset: input.offset, rows: rows.map(queueRowFromRecord) };
}
