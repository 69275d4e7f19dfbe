import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema';
import { expandCategoryIds } from './category-descendants';
import { cheapestRange, indexName, NO_FACETS, queueConstraints, rangeWhere, readFacets, type Constraint, type Facets } from './queue-plan';
import type { QueueQuery } from './queue-types';
import { isOpenOnly, matchesNothing } from './queue-where';

interface TotalsCache {
  version: string;
  totals: Map<string, number>;
}

/**
 * Scrolling asks for page after page of the same query, so totals are kept per query and dropped
 * as soon as the store changes: `total_changes()` moves on every write of this connection,
 * `data_version` on every commit of another one, so a cached total is always exact.
 */
const caches = new WeakMap<Kysely<Database>, TotalsCache>();

async function storeVersion(db: Kysely<Database>): Promise<string> {
  const { rows } = await sql<{ changes: number; version: number }>`
    SELECT total_changes() AS changes, data_version AS version FROM pragma_data_version`.execute(db);
  const row = rows[0];
  return row ? `${row.changes}:${row.version}` : '';
}

/** Forgets every cached total of this store (benchmarks measure cold counts with it). */
export function clearQueueTotals(db: Kysely<Database>): void {
  caches.delete(db);
}

/**
 * Counts without the cache. Open-ticket queries start from the exact facet counts
 * (`queue_facets`): no constraint or one constraint is answered by them alone; several are counted
 * in the index range the facets say is smallest. Queries naming closed statuses count in
 * tickets_by_status (status range).
 */
async function countUncached(
  db: Kysely<Database>,
  query: QueueQuery,
  constraints: readonly Constraint[],
  facets: Facets | null,
): Promise<number> {
  const openOnly = isOpenOnly(query);
  if (openOnly) {
    const f = facets ?? (await readFacets(db, constraints));
    if (constraints.length === 0) return f.open;
    const single = constraints.length === 1 ? constraints[0] : undefined;
    if (single) return f.byDim.get(single.dim) ?? 0;
    if (constraints.some((c) => (f.byDim.get(c.dim) ?? 0) === 0)) return 0;
    const range = cheapestRange(constraints, f, true);
    // count(*) alone never decodes a column: the scan only walks the covering index's entries.
    const { rows } = await sql<{ total: number }>`
      SELECT count(*) AS total FROM tickets INDEXED BY ${indexName(range.index)}
      WHERE ${rangeWhere(range, constraints, true)}`.execute(db);
    return rows[0]?.total ?? 0;
  }
  const range = cheapestRange(constraints, NO_FACETS, false);
  const { rows } = await sql<{ total: number }>`
    SELECT count(*) AS total FROM tickets INDEXED BY ${indexName(range.index)}
    WHERE ${rangeWhere(range, constraints, false)}`.execute(db);
  return rows[0]?.total ?? 0;
}

/**
 * Exact number of tickets in a view under its filters. `facets` may be passed when the caller
 * already read them for the same constraints (findQueuePage).
 */
export async function countQueueTotal(
  db: Kysely<Database>,
  query: QueueQuery,
  categoryIds?: string[],
  facets: Facets | null = null,
): Promise<number> {
  return countQueueTotalIn(db, db, query, categoryIds, facets);
}

/** As countQueueTotal, reading through `reader` (a transaction of `db`) while caching under `db`. */
export async function countQueueTotalIn(
  db: Kysely<Database>,
  reader: Kysely<Database>,
  query: QueueQuery,
  categoryIds?: string[],
  facets: Facets | null = null,
): Promise<number> {
  const version = await storeVersion(reader);
  let cache = caches.get(db);
  if (!cache || cache.version !== version) {
    cache = { version, totals: new Map() };
    caches.set(db, cache);
  }
  if (matchesNothing(query)) return 0;
  const key = JSON.stringify([query.scope, query.view, query.filters]);
  const cached = cache.totals.get(key);
  if (cached !== undefined) return cached;
  const expanded = categoryIds ?? (await expandCategoryIds(reader, query.filters.categoryIds));
  const total = await countUncached(reader, query, queueConstraints(query, expanded), facets);
  cache.totals.set(key, total);
  return total;
}
