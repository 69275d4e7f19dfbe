import { sql, type Kysely } from 'kysely';
import type { Database } from '../schema';
import { expandCategoryIds } from './category-descendants';
import { countIndexFor } from './queue-indexes';
import type { QueueQuery } from './queue-types';
import { matchesNothing, queueWhere } from './queue-where';

interface TotalsCache {
  version: string;
  totals: Map<string, number>;
}

/**
 * Counting is the expensive half of a queue page (a scan of up to every open ticket in a
 * covering index), while scrolling asks for page after page of the same query. Totals are
 * therefore kept per query and dropped as soon as the store changes: `total_changes()` moves on
 * every write of this connection, `data_version` on every commit of another one, so a cached
 * total is always exact.
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

/** Exact number of tickets in a view under its filters. */
export async function countQueueTotal(db: Kysely<Database>, query: QueueQuery, categoryIds?: string[]): Promise<number> {
  const version = await storeVersion(db);
  let cache = caches.get(db);
  if (!cache || cache.version !== version) {
    cache = { version, totals: new Map() };
    caches.set(db, cache);
  }
  if (matchesNothing(query)) return 0;
  const key = JSON.stringify([query.scope, query.view, query.filters]);
  const cached = cache.totals.get(key);
  if (cached !== undefined) return cached;
  const expanded = categoryIds ?? (await expandCategoryIds(db, query.filters.categoryIds));
  // count(*) alone never decodes a column: the scan only walks the covering index's entries.
  const { rows } = await sql<{ total: number }>`
    SELECT count(*) AS total FROM tickets INDEXED BY ${countIndexFor(query)}
    WHERE ${queueWhere(query, expanded)}`.execute(db);
  const total = rows[0]?.total ?? 0;
  cache.totals.set(key, total);
  return total;
}
