import type { Kysely } from 'kysely';

// Frozen once landed: never edit; add a new timestamped migration instead.
// Written against Kysely<any> so later schema changes cannot break its types, and only with types
// both dialects share (text, integer, bigint), so the same file runs on SQLite and PostgreSQL.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The email channel (docs/channels.md): every message in and out with its threading headers, the
 * attachments of incoming mail, the durable outbox, single-use action tokens (confirm / reject /
 * survey links), requester notification rules per organization, per-sender rate-limit windows,
 * IMAP UID positions, and the cursor of the notifier over the change log.
 */
async function createMessageTables(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('mail_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('direction', 'text', (c) => c.notNull())
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('in_reply_to', 'text')
    .addColumn('references_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('ticket_id', 'text')
    .addColumn('comment_id', 'text')
    .addColumn('outbox_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('from_address', 'text', (c) => c.notNull())
    .addColumn('to_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('quoted_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('html_body', 'text')
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('details_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  // The same Message-ID arriving twice (IMAP re-read, SMTP retry) is the same message.
  await db.schema
    .createIndex('mail_messages_unique_id')
    .on('mail_messages')
    .columns(['direction', 'message_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('mail_messages_by_message_id')
    .on('mail_messages')
    .columns(['message_id'])
    .execute();
  await db.schema
    .createIndex('mail_messages_by_ticket')
    .on('mail_messages')
    .columns(['ticket_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('mail_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('mail_message_id', 'text', (c) => c.notNull().references('mail_messages.id'))
    .addColumn('ticket_id', 'text')
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content_id', 'text')
    .addColumn('disposition', 'text', (c) => c.notNull())
    .addColumn('inline_safe', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('refused_reason', 'text')
    .addColumn('content_b64', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('mail_attachments_by_message')
    .on('mail_attachments')
    .columns(['mail_message_id'])
    .execute();
}

async function createOutboxTables(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('mail_outbox')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('message_id', 'text', (c) => c.notNull().unique())
    .addColumn('ticket_id', 'text')
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('text_body', 'text', (c) => c.notNull())
    .addColumn('html_body', 'text')
    .addColumn('in_reply_to', 'text')
    .addColumn('references_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('locked_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema
    .createIndex('mail_outbox_due')
    .on('mail_outbox')
    .columns(['status', 'next_attempt_at'])
    .execute();
}

async function createNotificationTables(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('mail_action_tokens')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ticket_id', 'text', (c) => c.notNull())
    .addColumn('requester_id', 'text', (c) => c.notNull())
    .addColumn('purpose', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('used_action', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('mail_notification_rules')
    .addColumn('organization_id', 'text', (c) => c.primaryKey())
    .addColumn('rules_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('mail_sender_rates')
    .addColumn('address', 'text', (c) => c.primaryKey())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('count', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('mail_imap_state')
    .addColumn('mailbox_key', 'text', (c) => c.primaryKey())
    .addColumn('uid_validity', 'text', (c) => c.notNull())
    .addColumn('last_uid', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('mail_settings')
    .addColumn('name', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
  // The notifier starts at the current end of the change log: history is not re-announced.
  const seq = await db
    .selectFrom('counters')
    .select('value')
    .where('name', '=', 'change_seq')
    .executeTakeFirst();
  await db
    .insertInto('mail_settings')
    .values({ name: 'notifier_seq', value: String(Number(seq?.value ?? 0)) })
    .execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  await createMessageTables(db);
  await createOutboxTables(db);
  await createNotificationTables(db);
}
