import { sql, type Kysely } from 'kysely';

// Frozen once landed: never edit; add a new timestamped migration instead.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The "Escalated to us" view reads the latest escalation of each ticket; escalations are a few percent
 * of all events, so they get a partial index of their own (queries repeat `kind = 'escalated'` as
 * written). IF NOT EXISTS: a development build briefly created it in 20261128T1200.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE INDEX IF NOT EXISTS ticket_events_escalated ON ticket_events (ticket_id, seq) WHERE kind = 'escalated'`.execute(db);
}
