import type { Kysely } from 'kysely';
import { applyMutation } from '../../shared/sync/apply-mutation';
import type { MutationContext, MutationTx } from '../../shared/sync/mutation-tx';
import type { MutationOutcome } from '../../shared/sync/mutators';
import type { Database } from './schema';
import { createSqliteMutationTx } from './sqlite-mutation-tx';

export interface LocalMutationResult extends MutationOutcome {
  mutationId: number;
}

/** Lets tests break a transaction half-way to prove the change and its outbox row go together. */
export type MutationTxDecorator = (tx: MutationTx) => MutationTx;

/**
 * Applies a mutation optimistically and queues it for the server in ONE SQLite transaction:
 * either the ticket changes and the outbox holds the mutation, or neither happened.
 */
export async function applyLocalMutation(
  db: Kysely<Database>,
  ctx: MutationContext,
  name: string,
  args: unknown,
  decorate: MutationTxDecorator = (tx) => tx,
): Promise<LocalMutationResult> {
  return db.transaction().execute(async (trx) => {
    const outcome = await applyMutation(decorate(createSqliteMutationTx(trx)), ctx, name, args);
    const { mutation_id } = await trx
      .insertInto('outbox')
      .values({ name, args_json: JSON.stringify(args), created_at: ctx.now, status: 'pending', error_json: null })
      .returning('mutation_id')
      .executeTakeFirstOrThrow();
    return { ...outcome, mutationId: mutation_id };
  });
}
