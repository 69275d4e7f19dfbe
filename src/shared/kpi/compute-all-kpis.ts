/**
 * The one entry point the dashboard, the reports, the CLI and any export call: filter once, read every
 * ticket's history once, then each KPI folds over the same facts. Same input, filters and options →
 * the same JSON, byte for byte.
 */
import type { KpiAgentRow } from './agent-table';
import { agentTable } from './agent-table';
import { answerTimeKpis, startAttentionKpis } from './answer-time-kpis';
import { callKpis } from './call-kpis';
import { documentationTimeKpis } from './documentation-time-kpi';
import { assessResolvedTickets, firstContactBreakCounts, firstContactKpis } from './first-contact-kpi';
import type { FirstContactBreak } from '../workflow/first-contact';
import type { KpiContext } from './kpi-context';
import { buildKpiContext } from './kpi-context';
import type { KpiFilters } from './kpi-filters';
import { filterKpiInput } from './kpi-filters';
import type { KpiInput } from './kpi-input';
import { KPI_IDS } from './kpi-ids';
import type { KpiOptions } from './kpi-options';
import { resolveKpiOptions } from './kpi-options';
import type { KpiPeriod } from './kpi-period';
import type { KpiValue } from './kpi-value';
import type { KpiTotals } from './month-totals';
import { monthTotals, totalsKpis } from './month-totals';
import type { ProblemIncidentCount } from './problem-kpis';
import { problemKpis } from './problem-kpis';
import type { RepeatedCategory } from './repeated-incident-categories';
import { rankRepeatedCategories } from './repeated-incident-categories';
import { findRepeatedIncidents, repeatedIncidentKpis } from './repeated-incidents-kpi';
import { resolutionTimeKpis } from './resolution-time-kpi';
import { ratingsInPeriod, satisfactionKpis } from './satisfaction-kpis';
import { slaComplianceKpis } from './sla-compliance-kpi';

export const KPI_REPORT_VERSION = 1;

/** The filters a report was computed with, without the period (reported apart), arrays sorted. */
export type KpiReportFilters = Omit<KpiFilters, 'period'>;

export interface KpiReport {
  version: typeof KPI_REPORT_VERSION;
  /** The input's `now`: when the data was read. */
  generatedAt: string;
  period: KpiPeriod | null;
  filters: KpiReportFilters;
  options: KpiOptions;
  /** Every KPI of KPI_IDS, in that order. */
  kpis: KpiValue[];
  agents: KpiAgentRow[];
  totals: KpiTotals;
  incidentsPerProblem: ProblemIncidentCount[];
  /** Of the tickets resolved in the period, how many failed each first-contact condition (strict rule). */
  firstContactBreaks: Record<FirstContactBreak, number>;
  /** Categories with most repeated incidents in the period (problem candidates), top 10. */
  repeatedIncidentCategories: RepeatedCategory[];
  diagnostics: {
    /** Calendars tickets named that the input did not carry: those tickets were measured 24×7. */
    missingCalendarIds: string[];
  };
}

export function computeAllKpis(
  input: KpiInput,
  filters: KpiFilters = {},
  options: Partial<KpiOptions> = {},
): KpiReport {
  const resolved = resolveKpiOptions(options);
  const ctx = buildKpiContext(filterKpiInput(input, filters), resolved);
  return reportFromContext(ctx, input.now, filters);
}

export function reportFromContext(ctx: KpiContext, generatedAt: string, filters: KpiFilters): KpiReport {
  const totals = monthTotals(ctx);
  const repeated = findRepeatedIncidents(ctx);
  const problems = problemKpis(ctx);
  const outcomes = assessResolvedTickets(ctx);
  const ratings = ratingsInPeriod(ctx);
  const values = [
    ...totalsKpis(totals, ctx),
    ...repeatedIncidentKpis(repeated),
    ...resolutionTimeKpis(ctx),
    ...problems.values,
    ...answerTimeKpis(ctx),
    ...startAttentionKpis(ctx),
    ...documentationTimeKpis(ctx),
    ...firstContactKpis(outcomes),
    ...satisfactionKpis(ctx, ratings),
    ...callKpis(ctx),
    ...slaComplianceKpis(ctx),
  ];
  const byId = new Map(values.map((v) => [v.id, v]));
  const agents = agentTable(ctx, outcomes, ratings);
  return {
    version: KPI_REPORT_VERSION,
    generatedAt,
    period: ctx.period.period,
    filters: normalizedFilters(filters),
    options: ctx.options,
    kpis: KPI_IDS.map((id) => {
      const value = byId.get(id);
      if (value === undefined) throw new Error(`KPI ${id} was not computed`);
      return value;
    }),
    agents,
    totals,
    incidentsPerProblem: problems.incidentsPerProblem,
    firstContactBreaks: firstContactBreakCounts(outcomes),
    repeatedIncidentCategories: rankRepeatedCategories(repeated, 10),
    diagnostics: { missingCalendarIds: [...ctx.businessMinutes.missingCalendarIds].sort() },
  };
}

function normalizedFilters(filters: KpiFilters): KpiReportFilters {
  const result: KpiReportFilters = {};
  const sorted = <T extends string>(values: readonly T[] | undefined): T[] | undefined =>
    values === undefined ? undefined : [...new Set(values)].sort();
  const keys = ['organizationIds', 'areaIds', 'groupIds', 'agentIds', 'channels', 'categoryIds'] as const;
  for (const key of keys) {
    const values = sorted(filters[key]);
    if (values !== undefined) Object.assign(result, { [key]: values });
  }
  return result;
}
