import { sql, type Kysely } from 'kysely';

// Frozen once landed: never edit; add a new timestamped migration instead.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * First-line workflow screens. Problems are a small slice of the tickets, read on every keystroke of
 * the diagnosis suggestions (known errors) and by the problem picker: queries must repeat the
 * predicate `type = 'problem'` for SQLite to use the partial index.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX tickets_problems ON tickets (created_at) WHERE type = 'problem'`.execute(db);
}
