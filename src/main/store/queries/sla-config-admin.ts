/** The admin screens' reads and deletes of SLA configuration (writes go through sla-config.ts). */
import type { Kysely } from 'kysely';
import type { Database } from '../schema';
import { slaStore } from './sla-tables';

export interface StoredJsonRow {
  id: string;
  name: string;
  json: string;
  updatedAt: string;
}

export async function listCalendarRows(db: Kysely<Database>): Promise<StoredJsonRow[]> {
  const rows = await slaStore(db).selectFrom('sla_calendars').selectAll().orderBy('id').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, json: r.calendar_json, updatedAt: r.updated_at }));
}

export async function listPolicyRows(db: Kysely<Database>): Promise<StoredJsonRow[]> {
  const rows = await slaStore(db)
    .selectFrom('sla_policies')
    .selectAll()
    .orderBy('position')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, json: r.policy_json, updatedAt: r.updated_at }));
}

export async function deleteCalendarRow(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await slaStore(db).deleteFrom('sla_calendars').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function deletePolicyRow(db: Kysely<Database>, id: string): Promise<boolean> {
  const result = await slaStore(db).deleteFrom('sla_policies').where('id', '=', id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function contractIdOfOrganization(
  db: Kysely<Database>,
  organizationId: string,
): Promise<string | null> {
  const row = await slaStore(db)
    .selectFrom('sla_contracts')
    .select('id')
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  return row?.id ?? null;
}
