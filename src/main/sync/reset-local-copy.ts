import { sql, type Kysely } from 'kysely';
import type { Database } from '../store/schema';
import { SYNC_META } from './sync-meta-keys';

/**
 * Forgets the downloaded copy (tickets, history, reference data, cursors) but keeps the outbox: the
 * next pull takes a fresh snapshot and replays the queued mutations over it. Used when the server is
 * behind us (restored from a backup: `sync.cursor_from_future`) or another account signs in.
 * Server history is append-only locally too, so its guard trigger is lifted for this one transaction.
 */
export async function resetLocalCopy(db: Kysely<Database>): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await sql`DROP TRIGGER ticket_events_no_delete`.execute(trx);
    await trx.deleteFrom('ticket_events').execute();
    await trx.deleteFrom('comments').execute();
    await trx.deleteFrom('ticket_shadows').execute();
    await trx.deleteFrom('tickets').execute();
    await trx.deleteFrom('agent_groups').execute();
    await trx.deleteFrom('agents').execute();
    await trx.deleteFrom('categories').execute();
    await trx.deleteFrom('requesters').execute();
    await trx.deleteFrom('areas').execute();
    await trx.deleteFrom('organizations').execute();
    await trx.deleteFrom('groups').execute();
    await sql`CREATE TRIGGER ticket_events_no_delete BEFORE DELETE ON ticket_events WHEN old.local_mutation_id IS NULL
      BEGIN SELECT RAISE(ABORT, 'ticket_events is append-only'); END`.execute(trx);
    await trx
      .deleteFrom('sync_meta')
      .where('key', 'in', [SYNC_META.cursor, SYNC_META.firstPassCursor, SYNC_META.firstPass])
      .execute();
  });
}
