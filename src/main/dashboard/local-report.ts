/**
 * The desktop report screen's report: the period read from the local replica with the same loader
 * columns, input builder and document builder as the server's reports.
 */
import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import { MesaError } from '../../shared/errors';
import type { Language } from '../../shared/domain/localized-text';
import { kpiLookbackStart, previousMonth, type KpiPeriod } from '../../shared/kpi/index';
import { buildKpiInput } from '../../shared/reports/kpi-source';
import { buildReportDocument, type ReportDocument } from '../../shared/reports/report-document';
import { reportPeriod } from '../../shared/reports/report-period';
import type { Database } from '../store/schema';
import { callsFromLoggedEvents, loadLocalRows } from './local-kpi-source';

export interface LocalReportFilters {
  from: string;
  to: string;
  organizationId: string | null;
  areaId: string | null;
  agentId: string | null;
}

async function assertKnown(db: Kysely<Database>, filters: LocalReportFilters): Promise<void> {
  const exists = async (table: 'organizations' | 'areas' | 'agents', id: string) =>
    (await db.selectFrom(table).select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
  if (filters.organizationId && !(await exists('organizations', filters.organizationId))) {
    throw new MesaError('report.unknown_organization', { organizationId: filters.organizationId });
  }
  if (filters.areaId && !(await exists('areas', filters.areaId))) throw new MesaError('report.unknown_area', { areaId: filters.areaId });
  if (filters.agentId && !(await exists('agents', filters.agentId))) throw new MesaError('report.unknown_agent', { agentId: filters.agentId });
}

export async function localReport(
  db: Kysely<Database>,
  filters: LocalReportFilters,
  options: { timeZone: string; now: string; language: Language },
): Promise<ReportDocument> {
  const period: KpiPeriod = reportPeriod(filters.from, filters.to, options.timeZone);
  await assertKnown(db, filters);
  const previous = previousMonth(period);
  const since = DateTime.min(
    DateTime.fromISO(kpiLookbackStart(previous)),
    DateTime.fromISO(previous.from, { zone: period.timeZone }),
  ).toUTC().toISO() ?? '';
  const until = DateTime.fromISO(period.to, { zone: period.timeZone }).toUTC().toISO() ?? undefined;
  const rows = await loadLocalRows(db, { sinceIso: since, untilIso: until });
  const byId = new Map(rows.tickets.map((t) => [t.id, t]));
  const source = buildKpiInput({
    tickets: rows.tickets,
    events: rows.events,
    calls: callsFromLoggedEvents(rows.callEvents, byId),
    categories: (await db.selectFrom('categories').select(['id', 'parent_id']).execute()).map((c) => ({ id: c.id, parentId: c.parent_id })),
    now: options.now,
  });
  const names = Object.fromEntries(
    [
      ...(await db.selectFrom('organizations').select(['id', 'name']).execute()),
      ...(await db.selectFrom('areas').select(['id', 'name']).execute()),
      ...(await db.selectFrom('agents').select(['id', 'name']).execute()),
      ...(await db.selectFrom('categories').select(['id', options.language === 'en' ? 'name_en as name' : 'name_es as name']).execute()),
    ].map((r) => [r.id, r.name]),
  );
  const one = (id: string | null) => (id ? [id] : undefined);
  return buildReportDocument(source, {
    period,
    filters: { organizationIds: one(filters.organizationId), areaIds: one(filters.areaId), agentIds: one(filters.agentId) },
    language: options.language,
    names,
  });
}
