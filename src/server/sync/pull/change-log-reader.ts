import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../../db/schema';

export interface SyncChange {
  seq: number;
  table: string;
  pk: string;
  op: 'upsert' | 'delete';
  row: unknown;
  /**
   * False when the row has left the caller's scopes with this change (e.g. a ticket escalated to
   * another group): the client learns where it went and may evict it and its comments/events.
   */
  visible: boolean;
}

export interface ChangePage {
  changes: SyncChange[];
  /** The seq to resume after. */
  nextSeq: number;
  hasMore: boolean;
}

/**
 * Changes after `afterSeq` (up to `highWater`, below which everything is committed) that touch at
 * least one of the caller's scopes, in seq order. `highWater` comes from the caller so that the
 * page and the returned cursor agree on one point in the log.
 */
export async function readChangePage(
  db: Kysely<ServerDatabase>,
  scopes: readonly string[],
  afterSeq: number,
  highWater: number,
  limit: number,
): Promise<ChangePage> {
  if (scopes.length === 0 || afterSeq >= highWater)
    return { changes: [], nextSeq: highWater, hasMore: false };
  const seqRows = await db
    .selectFrom('change_log_scopes')
    .select('seq')
    .distinct()
    .where('scope', 'in', [...scopes])
    .where('seq', '>', afterSeq)
    .where('seq', '<=', highWater)
    .orderBy('seq')
    .limit(limit + 1)
    .execute();
  const hasMore = seqRows.length > limit;
  const seqs = seqRows.slice(0, limit).map((r) => Number(r.seq));
  if (seqs.length === 0) return { changes: [], nextSeq: highWater, hasMore: false };
  const rows = await db
    .selectFrom('change_log')
    .selectAll()
    .where('seq', 'in', seqs)
    .orderBy('seq')
    .execute();
  const mine = new Set(scopes);
  return {
    changes: rows.map((r) => ({
      visible: (JSON.parse(r.scopes_json) as string[]).some((s) => mine.has(s)),
      seq: Number(r.seq),
      table: r.table_name,
      pk: r.pk,
      op: r.op as SyncChange['op'],
      row: r.row_json === null ? null : (JSON.parse(r.row_json) as unknown),
    })),
    nextSeq: hasMore ? (seqs[seqs.length - 1] ?? afterSeq) : highWater,
    hasMore,
  };
}
