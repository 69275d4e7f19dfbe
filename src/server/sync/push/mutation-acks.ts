import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../../db/schema';

/** `client_mutation_seqs` (migration 20261130T0900-server-sync-acks). */
interface ClientMutationSeqsTable {
  client_id: string;
  mutation_id: number;
  first_seq: number | null;
  seq: number;
}
type AckDatabase = ServerDatabase & { client_mutation_seqs: ClientMutationSeqsTable };
const ackDb = (db: Kysely<ServerDatabase>): Kysely<AckDatabase> => db as unknown as Kysely<AckDatabase>;

/**
 * Records where in the change log an acknowledged mutation's effects are: `firstSeq`..`seq`
 * (null..current change seq for a rejection or an effect-less mutation). Written in the mutation's
 * own transaction, so it exists exactly when the mutation is acknowledged.
 */
export async function recordMutationSeqs(
  trx: Kysely<ServerDatabase>,
  clientId: string,
  mutationId: number,
  firstSeq: number | null,
  seq: number,
): Promise<void> {
  await ackDb(trx)
    .insertInto('client_mutation_seqs')
    .values({ client_id: clientId, mutation_id: mutationId, first_seq: firstSeq, seq })
    .execute();
}

/**
 * The highest acknowledged mutation id of the client whose effects are all at or below `seq`: a
 * pull page ending there may tell the client to drop everything up to it. 0 when there is none.
 * Seqs grow with mutation ids (a client's mutations commit in order), so the newest row at or below
 * `seq` is found by walking the primary key backwards.
 */
export async function mutationsSettledAt(
  db: Kysely<ServerDatabase>,
  clientId: string,
  seq: number,
): Promise<number> {
  const row = await ackDb(db)
    .selectFrom('client_mutation_seqs')
    .select('mutation_id')
    .where('client_id', '=', clientId)
    .where('seq', '<=', seq)
    .orderBy('mutation_id', 'desc')
    .limit(1)
    .executeTakeFirst();
  return row ? Number(row.mutation_id) : 0;
}

/**
 * If one of the client's mutations has effects on both sides of `seq` (a page boundary cut through
 * its transaction), the seq where its effects end: the page is extended to it, so the client gets
 * the mutation's rows and its acknowledgement on the same page.
 */
export async function mutationStraddling(
  db: Kysely<ServerDatabase>,
  clientId: string,
  seq: number,
): Promise<number | null> {
  const row = await ackDb(db)
    .selectFrom('client_mutation_seqs')
    .select('seq')
    .where('client_id', '=', clientId)
    .where('first_seq', '<=', seq)
    .where('seq', '>', seq)
    .limit(1)
    .executeTakeFirst();
  return row ? Number(row.seq) : null;
}

/** The stored rejection of an already acknowledged mutation, to answer a retried push with it. */
export async function storedRejection(
  db: Kysely<ServerDatabase>,
  clientId: string,
  mutationId: number,
): Promise<{ code: string; params: Record<string, unknown>; fieldErrors: unknown[] } | null> {
  const row = await db
    .selectFrom('rejected_mutations')
    .select(['code', 'params_json', 'field_errors_json'])
    .where('client_id', '=', clientId)
    .where('mutation_id', '=', mutationId)
    .executeTakeFirst();
  if (!row) return null;
  return {
    code: row.code,
    params: JSON.parse(row.params_json) as Record<string, unknown>,
    fieldErrors: JSON.parse(row.field_errors_json) as unknown[],
  };
}
