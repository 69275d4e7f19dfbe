import type { Kysely } from 'kysely';
import { currentChangeSeq } from '../../db/counters';
import type { ServerDatabase } from '../../db/schema';
import { HttpError } from '../../http/http-error';
import { readChangePage, type SyncChange } from './change-log-reader';
import { formatPullCursor, type PullCursor } from './pull-cursor';
import { SNAPSHOT_TABLES, snapshotScopes } from './snapshot-tables';
import { mutationStraddling } from '../push/mutation-acks';
import { SNAPSHOT_COLUMNS, type CompactTable, type SnapshotBlock } from '../../../shared/sync/snapshot-columns';

/** Far more change-log rows than one mutation writes (a batch of its rows is read at once). */
const MAX_MUTATION_CHANGES = 10_000;

export interface PullPage {
  changes: SyncChange[];
  cursor: string;
  hasMore: boolean;
  /** Compact blocks of a snapshot page (only when asked for). */
  snapshot?: SnapshotBlock[];
  /**
   * The change seq this page brings the client up to, for acknowledgements: the client may drop the
   * mutations whose effects are all at or below it. Null inside a snapshot (its rows are partial).
   */
  settledSeq: number | null;
}

/**
 * A fresh client gets a snapshot: the current rows in its scopes, paged by (table, primary key),
 * all stamped with the high-water mark `hw` taken when the snapshot began. Rows may change while it
 * pages; every such change has a seq above `hw`, so the catch-up from `hw` that follows the
 * snapshot replays it. Snapshot + catch-up therefore ends in the same state as the server.
 */
export interface PullOptions {
  /** Snapshot pages of the big tables as column blocks (docs/sync.md, "Compact snapshot pages"). */
  compact?: boolean;
  /** Rows per snapshot page (the change-log page size stays `limit`). */
  snapshotLimit?: number;
  /** Only open tickets and their history in the snapshot (a fresh desk's first pass). */
  openOnly?: boolean;
}

async function readSnapshotPage(
  db: Kysely<ServerDatabase>,
  scopes: readonly string[],
  start: Extract<PullCursor, { kind: 'snapshot' }>,
  limit: number,
  latest: number,
  options: PullOptions,
): Promise<PullPage> {
  const scopeSets = snapshotScopes(scopes, options.openOnly === true);
  const changes: SyncChange[] = [];
  const blocks: SnapshotBlock[] = [];
  const budget = options.snapshotLimit ?? limit;
  let taken = 0;
  let { tableIndex, afterPk } = start;
  while (tableIndex < SNAPSHOT_TABLES.length) {
    const entry = SNAPSHOT_TABLES[tableIndex];
    if (!entry) break;
    const want = budget - taken;
    let lastPk: string | undefined;
    let got: number;
    if (options.compact && entry.compact) {
      const rows = await entry.compact(db, scopeSets, afterPk, want);
      const table = entry.table as CompactTable;
      if (rows.length > 0) blocks.push({ table, columns: SNAPSHOT_COLUMNS[table], rows: rows.map((r) => r.values) });
      got = rows.length;
      lastPk = rows[rows.length - 1]?.pk;
    } else {
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
      got = rows.length;
      lastPk = rows[rows.length - 1]?.pk;
    }
    taken += got;
    if (got === want) {
      return {
        changes,
        ...(options.compact ? { snapshot: blocks } : {}),
        cursor: formatPullCursor({
          kind: 'snapshot',
          highWater: start.highWater,
          tableIndex,
          afterPk: lastPk ?? afterPk,
        }),
        hasMore: true,
        settledSeq: null,
      };
    }
    tableIndex += 1;
    afterPk = '';
  }
  // Every row read is at least as new as `hw`: a mutation settled at or below it is in the snapshot.
  return {
    changes,
    ...(options.compact ? { snapshot: blocks } : {}),
    cursor: String(start.highWater),
    hasMore: latest > start.highWater,
    settledSeq: start.highWater,
  };
}

export async function readPullPage(
  db: Kysely<ServerDatabase>,
  scopes: readonly string[],
  cursor: PullCursor,
  limit: number,
  /** The puller's client id (its own mutations are never split across pages); null: no such care. */
  clientId: string | null = null,
  options: PullOptions = {},
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
      options,
    );
  }
  if (cursor.kind === 'snapshot') return readSnapshotPage(db, scopes, cursor, limit, latest, options);
  const page = await readChangePage(db, scopes, cursor.seq, latest, limit);
  let { nextSeq } = page;
  const changes = page.changes;
  if (page.hasMore && clientId !== null) {
    // Never cut through one of the client's own mutations: its rows and its acknowledgement then
    // arrive on the same page (otherwise it would be replayed over half of its own effects).
    const end = await mutationStraddling(db, clientId, nextSeq);
    if (end !== null) {
      const rest = await readChangePage(db, scopes, nextSeq, end, MAX_MUTATION_CHANGES);
      changes.push(...rest.changes);
      nextSeq = rest.nextSeq;
    }
  }
  return { changes, cursor: String(nextSeq), hasMore: page.hasMore, settledSeq: nextSeq };
}
