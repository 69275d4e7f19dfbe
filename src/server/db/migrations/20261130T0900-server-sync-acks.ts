import { sql, type Kysely } from 'kysely';

// Frozen once landed: never edit; add a new timestamped migration instead.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * Sync (docs/sync.md, "lastMutationId per page"): for every acknowledged mutation of a client, the
 * change-log seqs its effects took (`first_seq`..`seq`; a rejected or effect-less mutation has no
 * first_seq and `seq` = the change seq it committed at). A pull page ending at cursor C reports the
 * highest mutation id whose `seq` ≤ C, so a client never drops a mutation before its rows arrived.
 * Existing clients get one row at the current change seq (their past mutations are all settled).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('client_mutation_seqs')
    .addColumn('client_id', 'text', (c) => c.notNull().references('clients.client_id'))
    .addColumn('mutation_id', 'bigint', (c) => c.notNull())
    .addColumn('first_seq', 'bigint')
    .addColumn('seq', 'bigint', (c) => c.notNull())
    .addPrimaryKeyConstraint('client_mutation_seqs_pk', ['client_id', 'mutation_id'])
    .execute();
  await sql`INSERT INTO client_mutation_seqs (client_id, mutation_id, first_seq, seq)
    SELECT client_id, last_mutation_id, NULL, (SELECT value FROM counters WHERE name = 'change_seq')
    FROM clients WHERE last_mutation_id > 0`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('client_mutation_seqs').execute();
}
