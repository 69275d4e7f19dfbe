/**
 * What a monthly report holds, whatever its format (PDF, CSV, the desktop preview): every KPI of the
 * period, the previous month for comparison, totals, the per-agent table, daily volume by channel for
 * the charts and the SLA breaches with their causes. Built from one KPI input with the one KPI library.
 */
import { DateTime } from 'luxon';
import type { Id } from '../domain/ids';
import type { Language } from '../domain/localized-text';
import { CHANNELS, type Channel } from '../domain/ticket-enums';
import type { KpiComparison, KpiFilters, KpiId, KpiPeriod, KpiReport, KpiOptions } from '../kpi/index';
import { compareKpis, computeAllKpis, filterKpiInput, previousMonth } from '../kpi/index';
import type { KpiSourceResult } from './kpi-source';
import type { ReportBreach } from './sla-breaches';
import { slaBreaches } from './sla-breaches';

export interface DailyVolume {
  date: string;
  byChannel: Record<Channel, number>;
}

export interface ReportDocument {
  version: 1;
  /** Organization report, or the whole desk (organizationId null). */
  organizationId: Id | null;
  language: Language;
  period: KpiPeriod;
  generatedAt: string;
  report: KpiReport;
  previous: KpiReport;
  comparison: KpiComparison;
  /** The KPIs the recipient agreed to receive (a contract's list), all of them when null. */
  indicators: KpiId[] | null;
  dailyVolume: DailyVolume[];
  breaches: ReportBreach[];
  /** Display names of the ids the document mentions (organizations, areas, agents, categories). */
  names: Record<Id, string>;
}

export interface ReportRequest {
  period: KpiPeriod;
  filters?: Omit<KpiFilters, 'period'>;
  language: Language;
  indicators?: KpiId[] | null;
  names?: Record<Id, string>;
  options?: Partial<KpiOptions>;
}

export function buildReportDocument(source: KpiSourceResult, request: ReportRequest): ReportDocument {
  const filters: KpiFilters = { ...request.filters, period: request.period };
  const report = computeAllKpis(source.input, filters, request.options);
  const previous = computeAllKpis(source.input, { ...filters, period: previousMonth(request.period) }, request.options);
  const filtered = filterKpiInput(source.input, filters);
  return {
    version: 1,
    organizationId: request.filters?.organizationIds?.length === 1 ? request.filters.organizationIds[0]! : null,
    language: request.language,
    period: request.period,
    generatedAt: source.input.now,
    report,
    previous,
    comparison: compareKpis(report, previous),
    indicators: request.indicators ?? null,
    dailyVolume: dailyVolume(filtered.tickets, request.period, filtered.period.fromMs, filtered.period.toMs),
    breaches: slaBreaches(filtered.tickets, source.history, source.meta, filtered.period.fromMs, filtered.period.toMs),
    names: request.names ?? {},
  };
}

const emptyChannels = (): Record<Channel, number> =>
  Object.fromEntries(CHANNELS.map((c) => [c, 0])) as Record<Channel, number>;

/** Service tickets opened per local day of the period, by channel. */
export function dailyVolume(
  tickets: ReadonlyArray<{ type: string; channel: Channel; createdAt: string }>,
  period: KpiPeriod,
  fromMs: number,
  toMs: number,
): DailyVolume[] {
  const days = new Map<string, DailyVolume>();
  let day = DateTime.fromMillis(fromMs, { zone: period.timeZone });
  while (day.toMillis() < toMs && days.size < 400) {
    const date = day.toISODate() ?? '';
    days.set(date, { date, byChannel: emptyChannels() });
    day = day.plus({ days: 1 });
  }
  for (const t of tickets) {
    if (t.type === 'problem') continue;
    const ms = Date.parse(t.createdAt);
    if (!(ms >= fromMs && ms < toMs)) continue;
    const date = DateTime.fromMillis(ms, { zone: period.timeZone }).toISODate() ?? '';
    const row = days.get(date);
    if (row) row.byChannel[t.channel] += 1;
  }
  return [...days.values()];
}

/** The KPI rows a document shows: the recipient's agreed list, in catalog order. */
export function shownKpis(doc: ReportDocument): KpiReport['kpis'] {
  if (doc.indicators === null) return doc.report.kpis;
  const wanted = new Set(doc.indicators);
  return doc.report.kpis.filter((k) => wanted.has(k.id));
}
