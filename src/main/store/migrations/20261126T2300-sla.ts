import type { Kysely } from 'kysely';

// Frozen once landed: never edit; add a new timestamped migration instead.
// Written against Kysely<any> so later schema changes cannot break its types.
/* eslint-disable @typescript-eslint/no-explicit-any */

/**
 * SLA configuration (calendars, policies, contracts: admin-written JSON, validated by src/shared/sla
 * before it is stored) and the timer engine's alert state, so a restart neither loses the repeat
 * schedule nor re-fires an acknowledged alert.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('sla_calendars')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('calendar_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('sla_policies')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    // Display order only: selection never depends on it (most specific wins, then lowest id).
    .addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('policy_json', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('sla_contracts')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('organization_id', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('third_party_responsibility', 'text', (c) => c.notNull().defaultTo('provider'))
    // The rest of the agreement (service catalog responsibilities, report recipients…) as JSON.
    .addColumn('terms_json', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createTable('sla_alerts')
    // `${ticketId}:${target}:${level}:${clockStartEpoch}`: the same on every device and across restarts.
    .addColumn('alert_id', 'text', (c) => c.primaryKey())
    .addColumn('ticket_id', 'text', (c) => c.notNull())
    .addColumn('target', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('threshold_at', 'text', (c) => c.notNull())
    .addColumn('first_fired_at', 'text', (c) => c.notNull())
    .addColumn('last_fired_at', 'text', (c) => c.notNull())
    .addColumn('repeat_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('acknowledged_at', 'text')
    .addColumn('acknowledged_by', 'text')
    .addColumn('snoozed_until', 'text')
    .addColumn('snooze_reason', 'text')
    .execute();
  await db.schema.createIndex('sla_alerts_by_ticket').on('sla_alerts').columns(['ticket_id']).execute();
}
