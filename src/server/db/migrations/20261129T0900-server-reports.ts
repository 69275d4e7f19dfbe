import type { Kysely } from 'kysely';

// Frozen once landed: never edit; add a new timestamped migration instead.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * KPI reports (docs/kpis.md, Reports): who receives which monthly report (per organization or the whole
 * desk, language, agreed indicators), one run per month and subscription (the scheduler's idempotency
 * key, kept across restarts), and the attachments of the report mails queued in `mail_outbox`.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('report_subscriptions')
    .addColumn('id', 'text', (c) => c.primaryKey())
    // null: the report of the whole desk.
    .addColumn('organization_id', 'text', (c) => c.references('organizations.id'))
    .addColumn('recipients_json', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    // null: every KPI; else a JSON list of KPI ids agreed in the contract.
    .addColumn('indicators_json', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('report_runs')
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('subscription_id', 'text', (c) => c.notNull().references('report_subscriptions.id'))
    // claimed | queued | failed
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('claimed_until', 'text')
    .addColumn('outbox_ids_json', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_runs_pk', ['month', 'subscription_id'])
    .execute();
  await db.schema
    .createTable('report_mail_attachments')
    .addColumn('message_id', 'text', (c) => c.notNull())
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('filename', 'text', (c) => c.notNull())
    .addColumn('content_type', 'text', (c) => c.notNull())
    .addColumn('content_b64', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('report_mail_attachments_pk', ['message_id', 'position'])
    .execute();
  // The KPI loader reads a period's tickets by creation instant.
  await db.schema.createIndex('tickets_by_created_at').on('tickets').columns(['created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropIndex('tickets_by_created_at').execute();
  await db.schema.dropTable('report_mail_attachments').execute();
  await db.schema.dropTable('report_runs').execute();
  await db.schema.dropTable('report_subscriptions').execute();
}
