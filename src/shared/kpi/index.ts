/**
 * The one KPI implementation (DESIGN.md KPIs; docs/kpis.md): the dashboard, the monthly reports, the
 * `kpis` server command and any export call `computeAllKpis` and read the same numbers. Pure: zod/luxon
 * and the shared domain, sla and workflow modules only.
 */
export { computeAllKpis, KPI_REPORT_VERSION, reportFromContext } from './compute-all-kpis';
export type { KpiReport, KpiReportFilters } from './compute-all-kpis';
export { compareKpis } from './compare-kpis';
export type { KpiAssessment, KpiComparison, KpiDelta, KpiDirection } from './compare-kpis';
export { repeatedIncidentCategories } from './repeated-incident-categories';
export type { RepeatedCategory } from './repeated-incident-categories';
export { filterKpiInput, withDescendants } from './kpi-filters';
export type { FilteredKpiInput, KpiFilters } from './kpi-filters';
export { previousMonth, resolvePeriod } from './kpi-period';
export type { KpiPeriod, ResolvedPeriod } from './kpi-period';
export { kpiLookbackStart } from './kpi-lookback';
export { KPI_EVENT_KINDS } from './kpi-input';
export type {
  KpiCalendars,
  KpiCall,
  KpiCategory,
  KpiInput,
  KpiRating,
  KpiSlaTarget,
  KpiSurvey,
  KpiTicket,
} from './kpi-input';
export { ABANDONMENT_COUNTING, DEFAULT_KPI_OPTIONS, resolveKpiOptions, SERVICE_LEVEL_DENOMINATORS } from './kpi-options';
export type { AbandonmentCounting, KpiOptions, ServiceLevelDenominator } from './kpi-options';
export { isKpiError, KPI_ERROR_CODES, KpiError } from './kpi-error';
export type { KpiErrorCode } from './kpi-error';
export { isKpiId, KPI_CATALOG, KPI_IDS, kpiPolarity } from './kpi-ids';
export type { KpiId, KpiPolarity } from './kpi-ids';
export { KPI_UNITS } from './kpi-value';
export type { KpiUnit, KpiValue } from './kpi-value';
export { KPI_DEFINITION_IDS, KPI_DEFINITIONS, kpiDefinition, kpiDefinitionOf, kpiLabel } from './kpi-definitions';
export type { KpiDefinition, KpiDefinitionId } from './kpi-definitions';
export { slaTargetsFromClock } from './sla-compliance-kpi';
export type { KpiAgentRow } from './agent-table';
export type { KpiTotals, KpiTotalsRow } from './month-totals';
export type { ProblemIncidentCount } from './problem-kpis';
