import type { Kysely } from 'kysely';
import { applyMutation } from '../../shared/sync/apply-mutation';
import type { MutationContext, MutationTx } from '../../shared/sync/mutation-tx';
import type { MutationOutcome } from '../../shared/sync/mutators';
import { createOptimisticMutationTx } from './optimistic-mutation-tx';
import type { Database } from './schema';

export interface LocalMutationResult extends MutationOutcome {
  mutationId: number;
}

/** Lets tests break a transaction half-way to prove the change and its outbox row go together. */
export type MutationTxDecorator = (tx: MutationTx) => MutationTx;

/**
 * Applies a mutation optimistically and queues it for the server in ONE SQLite transaction:
 * either the ticket changes and the outbox holds the mutation, or neither happened. The outbox row
 * is written first so its id marks the optimistic rows (a throw rolls the id back too: no gaps).
 * It keeps the context the mutation ran with, so a pull can replay it over newer server rows.
 */
export async function applyLocalMutation(
  db: Kysely<Database>,
  ctx: MutationContext,
  name: string,
  args: unknown,
  decorate: MutationTxDecorator = (tx) => tx,
): Promise<LocalMutationResult> {
  return db.transaction().execute(async (trx) => {
    const { mutation_id } = await trx
      .insertInto('outbox')
      .values({
        name,
        args_json: JSON.stringify(args),
        created_at: ctx.now,
        status: 'pending',
        error_json: null,
        actor_id: ctx.actorId,
        actor_role: ctx.actorRole,
        device_id: ctx.deviceId,
        offline: ctx.offline ? 1 : 0,
        conflict_json: null,
      })
      .returning('mutation_id')
      .executeTakeFirstOrThrow();
    const outcome = await applyMutation(decorate(createOptimisticMutationTx(trx, mutation_id)), ctx, name, args);
    return { ...outcome, mutationId: mutation_id };
  });
}
