import type { Kysely, Transaction } from 'kysely';
import { sql } from 'kysely';
import type { Database } from '../store/schema';
import { applyServerChange } from './apply-server-changes';
import type { ReplayEnvironment } from './outbox-rows';
import { replayOutbox } from './replay-outbox';
import { recordRejection, rejectionsKnownThrough } from './sync-issues';
import { SYNC_META } from './sync-meta-keys';
import type { PullResponse } from './sync-protocol';
import { undoOptimisticRows } from './undo-optimistic';
import { applySnapshotBlocks } from './apply-snapshot-blocks';
import { beginBulkSnapshot } from '../store/bulk-snapshot';

export interface PageOutcome {
  /** Every ticket whose local rows changed: one UI change event names them all. */
  ticketIds: string[];
  applied: number;
  dropped: number;
  conflicts: number[];
  /** Whether reference data (agents, groups, categories…) changed: the renderer reloads it. */
  referenceChanged: boolean;
}

async function writeMeta(trx: Transaction<Database>, key: string, value: string): Promise<void> {
  await trx.insertInto('sync_meta').values({ key, value }).onConflict((oc) => oc.column('key').doUpdateSet({ value })).execute();
}

async function readMetaIn(trx: Transaction<Database>, key: string): Promise<number> {
  const row = await trx.selectFrom('sync_meta').select('value').where('key', '=', key).executeTakeFirst();
  return Number(row?.value ?? 0);
}

/**
 * Applies one pull page in ONE SQLite transaction: record the rejections (with their args, while the
 * outbox still has them), undo every optimistic row, apply the server rows in order, drop the
 * acknowledged mutations, replay the rest, and store the new cursor. A crash at any point leaves the
 * previous consistent state and the previous cursor: the page is simply pulled again.
 *
 * Foreign keys are off for the page: a page may bring a child before its parent (a category tree split
 * across pages, docs/sync.md); the server guarantees the parent follows. The pragma cannot change inside
 * a transaction, so it is set around it on the same (only) connection.
 */
export async function applyPullPage(
  db: Kysely<Database>,
  page: PullResponse,
  env: ReplayEnvironment,
  cursorKey: string = SYNC_META.cursor,
  options: { bulk?: boolean } = {},
): Promise<PageOutcome> {
  return db.connection().execute(async (conn) => {
    await sql`PRAGMA foreign_keys = OFF`.execute(conn);
    try {
      return await conn.transaction().execute(async (trx) => {
        for (const rejection of page.rejections) await recordRejection(trx, rejection);
        if (options.bulk) await beginBulkSnapshot(trx);
        // Nothing queued means nothing optimistic to undo or replay (a fresh desk's snapshot).
        const pending =
          (await trx.selectFrom('outbox').select('mutation_id').limit(1).executeTakeFirst()) !== undefined ||
          (await trx.selectFrom('ticket_shadows').select('ticket_id').limit(1).executeTakeFirst()) !== undefined;
        const touched = pending ? await undoOptimisticRows(trx) : new Set<string>();
        let referenceChanged = false;
        for (const change of page.changes) {
          const ticketId = await applyServerChange(trx, change);
          if (ticketId) touched.add(ticketId);
          else referenceChanged = true;
        }
        if (page.snapshot) for (const id of await applySnapshotBlocks(trx, page.snapshot)) touched.add(id);
        const dropped = await trx.deleteFrom('outbox').where('mutation_id', '<=', page.lastMutationId).executeTakeFirst();
        const replay = pending ? await replayOutbox(trx, env) : { replayed: 0, conflicts: [], ticketIds: new Set<string>() };
        for (const id of replay.ticketIds) touched.add(id);
        await writeMeta(trx, cursorKey, page.cursor);
        // Never backwards: a page acknowledges only what its rows cover, the push may know more.
        const known = await readMetaIn(trx, SYNC_META.lastMutationId);
        if (page.lastMutationId > known) await writeMeta(trx, SYNC_META.lastMutationId, String(page.lastMutationId));
        const through = rejectionsKnownThrough(page, await readMetaIn(trx, SYNC_META.rejectionsThrough));
        await writeMeta(trx, SYNC_META.rejectionsThrough, String(through));
        return {
          ticketIds: [...touched],
          applied: page.changes.length + (page.snapshot ?? []).reduce((n, b) => n + b.rows.length, 0),
          dropped: Number(dropped.numDeletedRows),
          conflicts: replay.conflicts,
          referenceChanged,
        };
      });
    } finally {
      await sql`PRAGMA foreign_keys = ON`.execute(conn);
    }
  });
}
