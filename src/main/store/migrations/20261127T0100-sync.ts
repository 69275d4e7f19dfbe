import { sql, type Kysely } from 'kysely';

// Frozen once landed: never edit; add a new timestamped migration instead.
// Written against Kysely<any> so later schema changes cannot break its types.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The desktop sync client (docs/desktop-sync.md):
 * - the outbox keeps the context each mutation ran with, so a pull can replay it unchanged, and a
 *   conflict found on replay (`conflict_json`) without dropping the mutation;
 * - optimistic events and comments are marked with the mutation that wrote them, so a pull can undo
 *   them; only those may be deleted (server history stays append-only);
 * - `ticket_shadows` keeps the server's version of every ticket a pending mutation touched
 *   (`row_json` null: the ticket does not exist on the server yet);
 * - `sync_issues` keeps every rejection with the mutation's args until the agent dismisses or
 *   re-applies it: nothing is dropped silently.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('outbox').addColumn('actor_id', 'text').execute();
  await db.schema.alterTable('outbox').addColumn('actor_role', 'text').execute();
  await db.schema.alterTable('outbox').addColumn('device_id', 'text').execute();
  await db.schema.alterTable('outbox').addColumn('offline', 'integer', (c) => c.notNull().defaultTo(1)).execute();
  await db.schema.alterTable('outbox').addColumn('conflict_json', 'text').execute();

  await db.schema.alterTable('ticket_events').addColumn('local_mutation_id', 'integer').execute();
  await db.schema.alterTable('ticket_events').addColumn('client_at', 'text').execute();
  await db.schema.alterTable('ticket_events').addColumn('time_corrected', 'integer', (c) => c.notNull().defaultTo(0)).execute();
  await db.schema.alterTable('comments').addColumn('local_mutation_id', 'integer').execute();
  await sql`CREATE INDEX ticket_events_optimistic ON ticket_events (local_mutation_id) WHERE local_mutation_id IS NOT NULL`.execute(db);
  await sql`CREATE INDEX comments_optimistic ON comments (local_mutation_id) WHERE local_mutation_id IS NOT NULL`.execute(db);

  await sql`DROP TRIGGER ticket_events_no_delete`.execute(db);
  await sql`CREATE TRIGGER ticket_events_no_delete BEFORE DELETE ON ticket_events WHEN old.local_mutation_id IS NULL
    BEGIN SELECT RAISE(ABORT, 'ticket_events is append-only'); END`.execute(db);
  // Undoing an optimistic ticket or comment must take its search document with it.
  await sql`CREATE TRIGGER tickets_fts_delete AFTER DELETE ON tickets BEGIN
    DELETE FROM ticket_fts WHERE rowid = old.seq;
  END`.execute(db);
  await sql`CREATE TRIGGER comments_fts_delete AFTER DELETE ON comments BEGIN
    DELETE FROM ticket_fts WHERE rowid = -old.seq;
  END`.execute(db);

  await db.schema
    .createTable('ticket_shadows')
    .addColumn('ticket_id', 'text', (c) => c.primaryKey())
    .addColumn('row_json', 'text')
    .execute();
  await db.schema
    .createTable('sync_issues')
    .addColumn('mutation_id', 'integer', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('args_json', 'text')
    .addColumn('ticket_id', 'text')
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('params_json', 'text', (c) => c.notNull())
    .addColumn('field_errors_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('at', 'text', (c) => c.notNull())
    // open | dismissed | reapplied
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
    .execute();
}
