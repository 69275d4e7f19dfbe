import type { Kysely } from 'kysely';

// Frozen once landed: never edit; add a new timestamped migration instead.
// Written against Kysely<any> so later schema changes cannot break its types, and only with types
// both dialects share (text, integer, bigint), so the same file runs on SQLite and PostgreSQL.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The phone channel (docs/channels.md): one row per call and queue (Asterisk queue_log import,
 * call-queue webhook, calls logged at the desktop), keyed on callid + queue so a re-import adds
 * nothing; and the webhook's events, keyed on their id so a replay is refused.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('calls')
    .addColumn('call_id', 'text', (c) => c.notNull())
    // '' for a call logged at the desktop outside any queue.
    .addColumn('queue', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('caller_id', 'text')
    .addColumn('entered_at', 'text', (c) => c.notNull())
    .addColumn('answered_at', 'text')
    .addColumn('abandoned_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('wait_seconds', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('talk_seconds', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('outcome', 'text')
    .addColumn('short_abandon', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('ring_attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('agent_name', 'text')
    .addColumn('agent_id', 'text')
    .addColumn('group_id', 'text')
    .addColumn('ticket_id', 'text')
    .addColumn('notes', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('calls_pk', ['call_id', 'queue'])
    .execute();
  await db.schema.createIndex('calls_by_entered_at').on('calls').columns(['entered_at']).execute();
  await db.schema.createIndex('calls_by_agent').on('calls').columns(['agent_id', 'entered_at']).execute();
  await db.schema.createIndex('calls_by_ticket').on('calls').columns(['ticket_id']).execute();

  await db.schema
    .createTable('call_events')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('call_id', 'text', (c) => c.notNull())
    .addColumn('queue', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('payload_json', 'text', (c) => c.notNull())
    .addColumn('received_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('call_events_by_call')
    .on('call_events')
    .columns(['call_id', 'queue'])
    .execute();
  // Tickets by channel and creation time: matching a call to the phone ticket its agent opened.
  await db.schema
    .createIndex('tickets_by_channel_created')
    .on('tickets')
    .columns(['channel', 'created_at'])
    .execute();
}
