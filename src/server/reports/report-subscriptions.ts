/**
 * Report subscriptions (a contract's "report recipients" and agreed indicators): per organization or
 * for the whole desk (organization null), recipients, language, KPI ids (null: all).
 */
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { isKpiId, type KpiId } from '../../shared/kpi/index';
import { newId } from '../../shared/domain/ids';
import { LanguageSchema, type Language } from '../../shared/domain/localized-text';
import type { ServerDatabase } from '../db/schema';
import { reportsDb } from './report-tables';

export const ReportSubscriptionInputSchema = z.strictObject({
  id: z.string().min(1).max(100).optional(),
  organizationId: z.string().min(1).max(100).nullable(),
  recipients: z.array(z.string().trim().toLowerCase().email()).min(1).max(50),
  language: LanguageSchema,
  indicators: z
    .array(z.string().refine(isKpiId, { message: 'unknown KPI id' }))
    .min(1)
    .nullable()
    .default(null),
  active: z.boolean().default(true),
});
export type ReportSubscriptionInput = z.input<typeof ReportSubscriptionInputSchema>;

export interface ReportSubscription {
  id: string;
  organizationId: string | null;
  recipients: string[];
  language: Language;
  indicators: KpiId[] | null;
  active: boolean;
}

export async function saveReportSubscription(
  db: Kysely<ServerDatabase>,
  input: ReportSubscriptionInput,
  nowIso: string,
): Promise<ReportSubscription> {
  const s = ReportSubscriptionInputSchema.parse(input);
  const id = s.id ?? newId();
  const row = {
    organization_id: s.organizationId,
    recipients_json: JSON.stringify(s.recipients),
    language: s.language,
    indicators_json: s.indicators === null ? null : JSON.stringify(s.indicators),
    active: s.active ? 1 : 0,
    updated_at: nowIso,
  };
  await reportsDb(db)
    .insertInto('report_subscriptions')
    .values({ id, ...row, created_at: nowIso })
    .onConflict((oc) => oc.column('id').doUpdateSet(row))
    .execute();
  return { id, organizationId: s.organizationId, recipients: s.recipients, language: s.language, indicators: s.indicators as KpiId[] | null, active: s.active };
}

export async function listReportSubscriptions(db: Kysely<ServerDatabase>, activeOnly = false): Promise<ReportSubscription[]> {
  let q = reportsDb(db).selectFrom('report_subscriptions').selectAll().orderBy('id');
  if (activeOnly) q = q.where('active', '=', 1);
  const rows = await q.execute();
  return rows.map((r) => ({
    id: r.id,
    organizationId: r.organization_id,
    recipients: JSON.parse(r.recipients_json) as string[],
    language: r.language === 'en' ? 'en' : 'es',
    indicators: r.indicators_json === null ? null : (JSON.parse(r.indicators_json) as KpiId[]),
    active: r.active === 1,
  }));
}
