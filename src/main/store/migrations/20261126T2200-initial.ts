import { sql, type Kysely } from 'kysely';

// Frozen once landed: never edit; add a new timestamped migration instead.
// Written against Kysely<any> so later schema changes cannot break its types.
/* eslint-disable @typescript-eslint/no-explicit-any */

const OPEN = `status IN ('new','in_progress','pending_requester','pending_third_party')`;

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('organizations')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('domains_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .createTable('areas')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('requesters')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().references('organizations.id'))
    .addColumn('area_id', 'text', (c) => c.references('areas.id'))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text')
    .addColumn('phone', 'text')
    .addColumn('language', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('requesters_by_org').on('requesters').columns(['organization_id', 'name']).execute();
  await db.schema
    .createTable('groups')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('agents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('email', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('agent_groups')
    .addColumn('agent_id', 'text', (c) => c.notNull().references('agents.id'))
    .addColumn('group_id', 'text', (c) => c.notNull().references('groups.id'))
    .addPrimaryKeyConstraint('agent_groups_pk', ['agent_id', 'group_id'])
    .execute();
  await db.schema
    .createTable('categories')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('parent_id', 'text', (c) => c.references('categories.id'))
    .addColumn('name_es', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('default_type', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();

  await db.schema
    .createTable('tickets')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('number', 'text', (c) => c.unique())
    .addColumn('provisional_number', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('description', 'text', (c) => c.notNull())
    .addColumn('requester_id', 'text', (c) => c.notNull())
    .addColumn('organization_id', 'text', (c) => c.notNull())
    .addColumn('area_id', 'text')
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('category_id', 'text')
    .addColumn('impact', 'text', (c) => c.notNull())
    .addColumn('urgency', 'text', (c) => c.notNull())
    .addColumn('priority', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('assignee_id', 'text')
    .addColumn('group_id', 'text')
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('problem_id', 'text')
    .addColumn('tags_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('resolved_at', 'text')
    .addColumn('closed_at', 'text')
    .addColumn('sla_due_at', 'text')
    .addColumn('version', 'integer', (c) => c.notNull())
    .execute();
  // Queue views read only open tickets; partial indexes keep them small and ordered per sort key.
  const openIndexes: Array<[string, string]> = [
    ['tickets_open_by_priority', 'priority, created_at'],
    ['tickets_open_by_age', 'created_at'],
    ['tickets_open_by_sla', 'sla_due_at'],
    ['tickets_open_by_assignee', 'assignee_id, priority, created_at'],
    ['tickets_open_by_group', 'group_id, priority, created_at'],
  ];
  for (const [name, columns] of openIndexes) {
    await sql.raw(`CREATE INDEX ${name} ON tickets (${columns}) WHERE ${OPEN}`).execute(db);
  }
  await db.schema.createIndex('tickets_by_requester').on('tickets').columns(['requester_id', 'created_at']).execute();

  await db.schema
    .createTable('ticket_events')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('actor_id', 'text', (c) => c.notNull())
    .addColumn('device_id', 'text', (c) => c.notNull())
    .addColumn('at', 'text', (c) => c.notNull())
    .addColumn('offline', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('data_json', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ticket_events_by_ticket').on('ticket_events').columns(['ticket_id', 'seq']).execute();
  await db.schema
    .createTable('comments')
    .addColumn('seq', 'integer', (c) => c.primaryKey())
    .addColumn('id', 'text', (c) => c.notNull().unique())
    .addColumn('ticket_id', 'text', (c) => c.notNull().references('tickets.id'))
    .addColumn('author_id', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('visibility', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('comments_by_ticket').on('comments').columns(['ticket_id', 'seq']).execute();

  // Append-only history must stay append-only, whatever code runs against the file.
  await sql`CREATE TRIGGER ticket_events_no_update BEFORE UPDATE ON ticket_events
    BEGIN SELECT RAISE(ABORT, 'ticket_events is append-only'); END`.execute(db);
  await sql`CREATE TRIGGER ticket_events_no_delete BEFORE DELETE ON ticket_events
    BEGIN SELECT RAISE(ABORT, 'ticket_events is append-only'); END`.execute(db);

  // Full-text index: one document per ticket (rowid = tickets.seq) and per comment
  // (rowid = -comments.seq). Triggers keep it in step inside the writing transaction.
  await sql`CREATE VIRTUAL TABLE ticket_fts USING fts5(
    ticket_id UNINDEXED, title, body,
    tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')`.execute(db);
  await sql`CREATE TRIGGER tickets_fts_insert AFTER INSERT ON tickets BEGIN
    INSERT INTO ticket_fts (rowid, ticket_id, title, body) VALUES (new.seq, new.id, new.title, new.description);
  END`.execute(db);
  await sql`CREATE TRIGGER tickets_fts_update AFTER UPDATE OF title, description ON tickets BEGIN
    DELETE FROM ticket_fts WHERE rowid = old.seq;
    INSERT INTO ticket_fts (rowid, ticket_id, title, body) VALUES (new.seq, new.id, new.title, new.description);
  END`.execute(db);
  await sql`CREATE TRIGGER comments_fts_insert AFTER INSERT ON comments BEGIN
    INSERT INTO ticket_fts (rowid, ticket_id, title, body) VALUES (-new.seq, new.ticket_id, '', new.body);
  END`.execute(db);

  await db.schema
    .createTable('outbox')
    .addColumn('mutation_id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('args_json', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('pending'))
    .addColumn('error_json', 'text')
    .execute();
  await db.schema
    .createTable('sync_meta')
    .addColumn('key', 'text', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .execute();
}
