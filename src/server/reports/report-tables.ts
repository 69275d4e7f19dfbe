import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../db/schema';
import type { PhoneTables } from '../channels/phone/phone-tables';

// Row shapes of the report tables (migration 20261129T0900-server-reports), beside their feature like
// the mail and phone tables; `reportsDb` widens a handle to see them (and the calls).

export interface ReportSubscriptionsTable {
  id: string;
  organization_id: string | null;
  recipients_json: string;
  language: string;
  indicators_json: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

export type ReportRunStatus = 'claimed' | 'queued' | 'failed';

export interface ReportRunsTable {
  month: string;
  subscription_id: string;
  status: ReportRunStatus;
  attempts: number;
  claimed_until: string | null;
  outbox_ids_json: string;
  last_error: string | null;
  created_at: string;
  updated_at: string;
}

export interface ReportMailAttachmentsTable {
  message_id: string;
  position: number;
  filename: string;
  content_type: string;
  content_b64: string;
}

export interface ReportTables {
  report_subscriptions: ReportSubscriptionsTable;
  report_runs: ReportRunsTable;
  report_mail_attachments: ReportMailAttachmentsTable;
}

export type ServerReportsDatabase = ServerDatabase & ReportTables & PhoneTables;

export function reportsDb(db: Kysely<ServerDatabase>): Kysely<ServerReportsDatabase> {
  return db as unknown as Kysely<ServerReportsDatabase>;
}
