import { sql, type Transaction } from 'kysely';
import { isMesaError, type SerializedMesaError } from '../../shared/errors';
import { applyMutation } from '../../shared/sync/apply-mutation';
import { createOptimisticMutationTx } from '../store/optimistic-mutation-tx';
import type { Database } from '../store/schema';
import { contextOf, ticketIdOfArgs, type ReplayEnvironment } from './outbox-rows';

export interface ReplayResult {
  replayed: number;
  /** Mutations that no longer apply over the server's rows (kept and still pushed). */
  conflicts: number[];
  ticketIds: Set<string>;
}

function conflictOf(error: unknown): SerializedMesaError {
  return isMesaError(error) ? error.toJSON() : { code: 'internal', params: {}, fieldErrors: [] };
}

/**
 * Re-runs the still-pending outbox mutations, oldest first, with the shared mutators over the
 * local transaction, so the agent sees their changes on top of the newest server rows. Each runs
 * under a savepoint: one that now fails (someone else changed the ticket) leaves no half-change,
 * is marked as a conflict for the Sync panel, and stays queued — the server has the last word and
 * records the rejection, so nothing is dropped silently.
 */
export async function replayOutbox(trx: Transaction<Database>, env: ReplayEnvironment): Promise<ReplayResult> {
  const rows = await trx.selectFrom('outbox').selectAll().orderBy('mutation_id').execute();
  const result: ReplayResult = { replayed: 0, conflicts: [], ticketIds: new Set() };
  for (const row of rows) {
    const args = JSON.parse(row.args_json) as unknown;
    const ticketId = ticketIdOfArgs(row.name, args);
    if (ticketId) result.ticketIds.add(ticketId);
    await sql`SAVEPOINT replay_mutation`.execute(trx);
    try {
      await applyMutation(createOptimisticMutationTx(trx, row.mutation_id), contextOf(row, env), row.name, args);
      await sql`RELEASE replay_mutation`.execute(trx);
      result.replayed += 1;
      if (row.status !== 'pending') {
        await trx.updateTable('outbox').set({ status: 'pending', conflict_json: null }).where('mutation_id', '=', row.mutation_id).execute();
      }
    } catch (error) {
      await sql`ROLLBACK TO replay_mutation`.execute(trx);
      await sql`RELEASE replay_mutation`.execute(trx);
      result.conflicts.push(row.mutation_id);
      await trx
        .updateTable('outbox')
        .set({ status: 'conflict', conflict_json: JSON.stringify(conflictOf(error)) })
        .where('mutation_id', '=', row.mutation_id)
        .execute();
    }
  }
  return result;
}
