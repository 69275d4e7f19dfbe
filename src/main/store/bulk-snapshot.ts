import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from './schema';

/**
 * Bulk mode for a snapshot into the local store (docs/desktop-sync.md, "Snapshot pages"). Writing
 * 100k tickets with their history row by row through 15 ticket indexes, the queue-facet triggers and
 * the full-text triggers costs more than twice building them once at the end (measured: 100k demo
 * desk 24.0 s → 11.5 s + 2.1 s). So, while a snapshot pages in, the ticket indexes, the comment and
 * event indexes by ticket (not the `*_optimistic` ones the undo step uses) and those triggers are
 * dropped; when it ends they are recreated from their own stored SQL, the full-text index is
 * rebuilt and the facet counts recounted, in one transaction.
 *
 * Their SQL is kept in `sync_meta` (`store.bulk_ddl`) in the same transaction that drops them, so a
 * crash in between is repaired at the next start (`endBulkSnapshot` from the sync client's start).
 * Meanwhile the store stays correct but queue pages are slower and search and facet counts see only
 * what was there before the snapshot began (the background full pass of a fresh desk).
 */
const BULK_DDL_KEY = 'store.bulk_ddl';

type Db = Kysely<Database> | Transaction<Database>;

interface Ddl {
  type: 'index' | 'trigger';
  name: string;
  sql: string;
}

/**
 * Same documents the insert triggers write: rowid = tickets.seq for tickets, -comments.seq for
 * comments — fed in ascending rowid order (comments by seq descending first, then tickets): FTS5
 * appends in-order rowids cheaply, while descending ones cost ~10× (measured on 200k comments under
 * load 7: 13.7 s → 1.4 s).
 */
const REBUILD_FTS_SQL = [
  `INSERT INTO ticket_fts (rowid, ticket_id, title, body) SELECT -seq, ticket_id, '', body FROM comments ORDER BY seq DESC`,
  `INSERT INTO ticket_fts (rowid, ticket_id, title, body) SELECT seq, id, title, description FROM tickets ORDER BY seq`,
];

/** Same facets as migration 20261127T0000-queue-facets (open tickets per column value). */
const OPEN = `status IN ('new','in_progress','pending_requester','pending_third_party')`;
const FACETS: Array<[string, string]> = [
  ['status', 'status'],
  ['priority', 'priority'],
  ['channel', 'channel'],
  ['organization_id', 'organization_id'],
  ['category_id', `ifnull(category_id, x'00')`],
  ['group_id', `ifnull(group_id, x'00')`],
  ['assignee_id', `ifnull(assignee_id, x'00')`],
];
const RECOUNT_FACETS_SQL = `INSERT INTO queue_facets (dim, value, n) ${FACETS.map(
  ([dim, expr]) => `SELECT '${dim}', ${expr}, count(*) FROM tickets WHERE ${OPEN} GROUP BY 2`,
).join(' UNION ALL ')}`;

export async function isBulkSnapshot(db: Db): Promise<boolean> {
  const row = await db.selectFrom('sync_meta').select('key').where('key', '=', BULK_DDL_KEY).executeTakeFirst();
  return row !== undefined;
}

/** Drops the ticket indexes and the facet/full-text triggers (inside the caller's transaction). */
export async function beginBulkSnapshot(trx: Transaction<Database>): Promise<void> {
  if (await isBulkSnapshot(trx)) return;
  const { rows } = await sql<Ddl>`SELECT type, name, sql FROM sqlite_master
    WHERE sql IS NOT NULL AND (
      (type = 'index' AND tbl_name = 'tickets') OR
      (type = 'index' AND tbl_name IN ('comments', 'ticket_events') AND name NOT GLOB '*_optimistic') OR
      (type = 'trigger' AND (name GLOB 'tickets_facets_*' OR name GLOB '*_fts_*')))`.execute(trx);
  await trx.insertInto('sync_meta').values({ key: BULK_DDL_KEY, value: JSON.stringify(rows) }).execute();
  for (const d of rows) await sql.raw(`DROP ${d.type === 'index' ? 'INDEX' : 'TRIGGER'} ${d.name}`).execute(trx);
}

/** Recreates what beginBulkSnapshot dropped, rebuilds search and facets. No-op outside bulk mode. */
export async function endBulkSnapshot(db: Kysely<Database>): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('sync_meta').select('value').where('key', '=', BULK_DDL_KEY).executeTakeFirst();
    if (!row) return false;
    const ddl = JSON.parse(row.value) as Ddl[];
    for (const d of ddl.filter((x) => x.type === 'index')) await sql.raw(d.sql).execute(trx);
    // Emptied by re-creating it from its own stored SQL (a DELETE of every document costs seconds).
    const fts = await sql<{ sql: string }>`SELECT sql FROM sqlite_master WHERE name = 'ticket_fts'`.execute(trx);
    const ftsSql = fts.rows[0]?.sql;
    if (ftsSql) {
      await sql`DROP TABLE ticket_fts`.execute(trx);
      await sql.raw(ftsSql).execute(trx);
    }
    for (const statement of REBUILD_FTS_SQL) await sql.raw(statement).execute(trx);
    await sql`DELETE FROM queue_facets`.execute(trx);
    await sql.raw(RECOUNT_FACETS_SQL).execute(trx);
    for (const d of ddl.filter((x) => x.type === 'trigger')) await sql.raw(d.sql).execute(trx);
    await trx.deleteFrom('sync_meta').where('key', '=', BULK_DDL_KEY).execute();
    return true;
  });
}
