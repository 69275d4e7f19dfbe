import type { Kysely } from 'kysely';
import type { DialectName } from '../../db/open-database';
import type { ServerDatabase } from '../../db/schema';

export interface ClientQueueState {
  lastMutationId: number;
  lastMutationAt: string | null;
}

/**
 * Reads the client's queue position, locked on PostgreSQL so two pushes of the same client (two
 * instances, a retry racing the original) take turns. SQLite has one writer, so no lock is needed.
 */
export async function lockClientQueue(
  trx: Kysely<ServerDatabase>,
  dialect: DialectName,
  clientId: string,
): Promise<ClientQueueState> {
  const row = await trx
    .selectFrom('clients')
    .select(['last_mutation_id', 'last_mutation_at'])
    .where('client_id', '=', clientId)
    .$if(dialect === 'postgres', (qb) => qb.forUpdate())
    .executeTakeFirstOrThrow();
  return { lastMutationId: Number(row.last_mutation_id), lastMutationAt: row.last_mutation_at };
}

export async function advanceClientQueue(
  trx: Kysely<ServerDatabase>,
  clientId: string,
  mutationId: number,
  stampedAt: string | null,
): Promise<void> {
  await trx
    .updateTable('clients')
    .set(
      stampedAt === null
        ? { last_mutation_id: mutationId }
        : { last_mutation_id: mutationId, last_mutation_at: stampedAt },
    )
    .where('client_id', '=', clientId)
    .execute();
}
