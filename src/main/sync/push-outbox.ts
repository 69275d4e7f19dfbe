import type { Kysely } from 'kysely';
import type { Database } from '../store/schema';
import { recordRejection } from './sync-issues';
import { MAX_PUSH_BATCH, type PushResponse, type PushedMutation } from './sync-protocol';
import type { OutboxRow } from './outbox-rows';

export interface PushBatch {
  rows: OutboxRow[];
  mutations: PushedMutation[];
}

/** The next batch after the last acknowledged id, oldest first, consecutive ids as the server wants. */
export async function nextPushBatch(db: Kysely<Database>, lastAcked: number): Promise<PushBatch> {
  const rows = await db
    .selectFrom('outbox')
    .selectAll()
    .where('mutation_id', '>', lastAcked)
    .orderBy('mutation_id')
    .limit(MAX_PUSH_BATCH)
    .execute();
  const consecutive: OutboxRow[] = [];
  for (const row of rows) {
    const previous = consecutive[consecutive.length - 1];
    if (previous && row.mutation_id !== previous.mutation_id + 1) break;
    consecutive.push(row);
  }
  return {
    rows: consecutive,
    mutations: consecutive.map((row) => ({
      id: row.mutation_id,
      name: row.name,
      args: JSON.parse(row.args_json) as unknown,
      // Already corrected by the server offset when the mutation was made (see server-clock.ts).
      clientTime: row.created_at,
      offline: row.offline === 1,
    })),
  };
}

/**
 * Records what the server said about a batch. Rejections are kept with their args (the outbox rows
 * are still there: only a pull drops acknowledged mutations, in the same transaction that undoes
 * their optimistic effects).
 */
export async function recordPushResults(
  db: Kysely<Database>,
  batch: PushBatch,
  response: PushResponse,
  nowIso: string,
): Promise<void> {
  const byId = new Map(batch.rows.map((r) => [r.mutation_id, r]));
  for (const result of response.results) {
    if (result.status !== 'rejected') continue;
    await recordRejection(db, {
      mutationId: result.id,
      name: byId.get(result.id)?.name ?? 'unknown',
      code: result.error.code,
      params: result.error.params,
      fieldErrors: result.error.fieldErrors,
      at: nowIso,
    });
  }
}
