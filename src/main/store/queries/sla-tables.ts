import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/**
 * Row shapes of the SLA tables (migration 20261126T2300-sla). Kept beside the SLA queries rather than
 * in schema.ts so the SLA engine owns its tables; `slaStore` widens a store handle to see them.
 */
export interface SlaCalendarsTable {
  id: string;
  name: string;
  calendar_json: string;
  updated_at: string;
}
export interface SlaPoliciesTable {
  id: string;
  name: string;
  position: number;
  policy_json: string;
  updated_at: string;
}
export interface SlaContractsTable {
  id: string;
  organization_id: string;
  name: string;
  third_party_responsibility: string;
  terms_json: string;
  updated_at: string;
}
export interface SlaAlertsTable {
  alert_id: string;
  ticket_id: string;
  target: string;
  level: string;
  threshold_at: string;
  first_fired_at: string;
  last_fired_at: string;
  repeat_count: number;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
  snoozed_until: string | null;
  snooze_reason: string | null;
}

export interface SlaTables {
  sla_calendars: SlaCalendarsTable;
  sla_policies: SlaPoliciesTable;
  sla_contracts: SlaContractsTable;
  sla_alerts: SlaAlertsTable;
}

export type SlaStoreDb = Kysely<Database & SlaTables>;

export function slaStore(db: Kysely<Database>): SlaStoreDb {
  return db as unknown as SlaStoreDb;
}
