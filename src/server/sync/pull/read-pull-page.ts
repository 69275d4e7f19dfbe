import type { Kysely } from 'kysely';
import { currentChangeSeq } from '../../db/counters';
import type { ServerDatabase } from '../../db/schema';
import { HttpError } from '../../http/http-error';
import { readChangePage, type SyncChange } from './change-log-reader';
import { formatPullCursor, type PullCursor } from './pull-cursor';
import { SNAPSHOT_TABLES, snapshotScopes } from './snapshot-tables';

export interface PullPage {
  changes: SyncChange[];
  cursor: string;
  hasMore: boolean;
}

/**
 * A fresh client gets a snapshot: the current rows in its scopes, paged by (table, primary key),
 * all stamped with the high-water mark `hw` taken when the snapshot began. Rows may change while it
 * pages; every such change has a seq above `hw`, so the catch-up from `hw` that follows the
 * snapshot replays it. Snapshot + catch-up therefore ends in the same state as the server.
 */
async function readSnapshotPage(
  db: Kysely<ServerDatabase>,
  scopes: readonly string[],
  start: Extract<PullCursor, { kind: 'snapshot' }>,
  limit: number,
  latest: number,
): Promise<PullPage> {
  const scopeSets = snapshotScopes(scopes);
  const changes: SyncChange[] = [];
  let { tableIndex, afterPk } = start;
  while (tableIndex < SNAPSHOT_TABLES.length) {
    const entry = SNAPSHOT_TABLES[tableIndex];
    if (!entry) break;
    const want = limit - changes.length;
    const rows = await entry.read(db, scopeSets, afterPk, want);
    for (const r of rows)
      changes.push({
        seq: start.highWater,
        table: entry.table,
        pk: r.pk,
        op: 'upsert',
        row: r.row,
        visible: true,
      });
    if (rows.length === want) {
      const last = rows[rows.length - 1];
      return {
        changes,
        cursor: formatPullCursor({
          kind: 'snapshot',
          highWater: start.highWater,
          tableIndex,
          afterPk: last?.pk ?? afterPk,
        }),
        hasMore: true,
      };
    }
    tableIndex += 1;
    afterPk = '';
  }
  return { changes, cursor: String(start.highWater), hasMore: latest > start.highWater };
}

export async function readPullPage(
  db: Kysely<ServerDatabase>,
  scopes: readonly string[],
  cursor: PullCursor,
  limit: number,
): Promise<PullPage> {
  // Every seq at or below `latest` is committed (commit-ordered seq), so it is a safe page end.
  const latest = await currentChangeSeq(db);
  const claimed = cursor.kind === 'log' ? cursor.seq : cursor.highWater;
  if (claimed > latest) throw new HttpError(400, 'sync.cursor_from_future', { cursor: claimed, latest });
  if (cursor.kind === 'log' && cursor.seq === 0) {
    return readSnapshotPage(
      db,
      scopes,
      { kind: 'snapshot', highWater: latest, tableIndex: 0, afterPk: '' },
      limit,
      latest,
    );
  }
  if (cursor.kind === 'snapshot') return readSnapshotPage(db, scopes, cursor, limit, latest);
  const page = await readChangePage(db, scopes, cursor.seq, latest, limit);
  return { changes: page.changes, cursor: String(page.nextSeq), hasMore: page.hasMore };
}
