import type { Kysely } from 'kysely';

// Frozen once landed: never edit; add a new timestamped migration instead.
// Written against Kysely<any> with types both dialects share (text, integer), like the others.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * The requester portal and the chat channel (docs/channels.md): one-time sign-in links, files
 * attached to requests, the per-organization visibility flag, chats and their messages.
 */
async function createPortalTables(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('portal_login_links')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull())
    .addColumn('next_path', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('used_at', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('portal_attachments')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('ticket_id', 'text', (c) => c.notNull())
    .addColumn('uploaded_by', 'text', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('content_b64', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('portal_attachments_by_ticket')
    .on('portal_attachments')
    .columns(['ticket_id'])
    .execute();
  await db.schema
    .createTable('portal_org_settings')
    .addColumn('organization_id', 'text', (c) => c.primaryKey())
    .addColumn('share_tickets', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}

async function createChatTables(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('chat_sessions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('visitor_name', 'text', (c) => c.notNull())
    .addColumn('visitor_email', 'text', (c) => c.notNull())
    .addColumn('requester_id', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull())
    .addColumn('resume_hash', 'text', (c) => c.notNull())
    .addColumn('agent_id', 'text')
    .addColumn('ticket_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('accepted_at', 'text')
    .addColumn('first_response_at', 'text')
    .addColumn('ended_at', 'text')
    .addColumn('ended_by', 'text')
    .execute();
  await db.schema
    .createIndex('chat_sessions_by_status')
    .on('chat_sessions')
    .columns(['status', 'created_at'])
    .execute();
  await db.schema
    .createTable('chat_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('chat_id', 'text', (c) => c.notNull())
    .addColumn('author', 'text', (c) => c.notNull())
    .addColumn('agent_id', 'text')
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('comment_id', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('chat_messages_by_chat')
    .on('chat_messages')
    .columns(['chat_id', 'created_at'])
    .execute();
}

export async function up(db: Kysely<any>): Promise<void> {
  await createPortalTables(db);
  await createChatTables(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  for (const table of [
    'chat_messages',
    'chat_sessions',
    'portal_org_settings',
    'portal_attachments',
    'portal_login_links',
  ])
    await db.schema.dropTable(table).ifExists().execute();
}
