/** The last months' report runs with the state of their mails (the dashboard shows failures). */
import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../db/schema';
import { mailDb } from '../channels/email/mail-tables';
import { reportsDb } from './report-tables';

export interface ReportDelivery {
  month: string;
  subscriptionId: string;
  organizationId: string | null;
  runStatus: string;
  mails: number;
  sent: number;
  pending: number;
  failed: number;
  lastError: string | null;
}

export async function readDeliveries(db: Kysely<ServerDatabase>, limit = 50): Promise<ReportDelivery[]> {
  const runs = await reportsDb(db)
    .selectFrom('report_runs as r')
    .innerJoin('report_subscriptions as s', 's.id', 'r.subscription_id')
    .select(['r.month', 'r.subscription_id', 's.organization_id', 'r.status', 'r.outbox_ids_json', 'r.last_error'])
    .orderBy('r.month', 'desc')
    .orderBy('r.subscription_id')
    .limit(limit)
    .execute();
  const ids = runs.flatMap((r) => JSON.parse(r.outbox_ids_json) as string[]);
  const mails = ids.length
    ? await mailDb(db).selectFrom('mail_outbox').select(['id', 'status', 'last_error']).where('id', 'in', ids).execute()
    : [];
  const byId = new Map(mails.map((m) => [m.id, m]));
  return runs.map((r) => {
    const own = (JSON.parse(r.outbox_ids_json) as string[]).map((id) => byId.get(id)).filter((m) => m !== undefined);
    const failing = own.find((m) => m.last_error !== null && m.status !== 'sent');
    return {
      month: r.month,
      subscriptionId: r.subscription_id,
      organizationId: r.organization_id,
      runStatus: r.status,
      mails: own.length,
      sent: own.filter((m) => m.status === 'sent').length,
      pending: own.filter((m) => m.status === 'pending').length,
      failed: own.filter((m) => m.status === 'failed' || (m.status === 'pending' && m.last_error !== null)).length,
      lastError: r.last_error ?? failing?.last_error ?? null,
    };
  });
}
