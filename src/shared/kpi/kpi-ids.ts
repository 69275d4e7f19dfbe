/**
 * Every KPI id, its unit, the definition it is explained by and which way is better. Ids are stable:
 * reports, CSV columns, contract indicator lists and BI tools key on them. Never rename; add.
 */
import type { KpiUnit } from './kpi-value';

/** higher/lower is better; `neutral` for volumes (more tickets is neither good nor bad). */
export type KpiPolarity = 'higher_is_better' | 'lower_is_better' | 'neutral';

/** One written definition (kpi-definitions.ts) can cover several figures. */
export const KPI_DEFINITION_IDS = [
  'tickets_opened',
  'tickets_resolved',
  'tickets_pending',
  'reopen_rate',
  'repeated_incidents',
  'resolution_time',
  'solution_time',
  'incidents_per_problem',
  'problem_identification',
  'problem_root_cause',
  'answer_time_calls',
  'answer_time_contacts',
  'start_attention',
  'documentation_time',
  'first_contact_resolution',
  'satisfaction_csat',
  'satisfaction_mean',
  'satisfaction_response_rate',
  'calls_offered',
  'calls_answered',
  'calls_abandoned',
  'calls_short_abandoned',
  'calls_abandoned_rate',
  'calls_service_level',
  'sla_compliance',
] as const;
export type KpiDefinitionId = (typeof KPI_DEFINITION_IDS)[number];

interface CatalogEntry {
  unit: KpiUnit;
  definitionId: KpiDefinitionId;
  polarity: KpiPolarity;
}

const entry = (unit: KpiUnit, definitionId: KpiDefinitionId, polarity: KpiPolarity): CatalogEntry => ({
  unit,
  definitionId,
  polarity,
});

export const KPI_CATALOG = {
  'tickets.opened': entry('count', 'tickets_opened', 'neutral'),
  'tickets.resolved': entry('count', 'tickets_resolved', 'neutral'),
  'tickets.pending': entry('count', 'tickets_pending', 'lower_is_better'),
  'tickets.reopen_rate': entry('percent', 'reopen_rate', 'lower_is_better'),
  'repeated_incidents.count': entry('count', 'repeated_incidents', 'lower_is_better'),
  'repeated_incidents.rate': entry('percent', 'repeated_incidents', 'lower_is_better'),
  'resolution_time.business.mean': entry('business_minutes', 'resolution_time', 'lower_is_better'),
  'resolution_time.business.median': entry('business_minutes', 'resolution_time', 'lower_is_better'),
  'resolution_time.business.p90': entry('business_minutes', 'resolution_time', 'lower_is_better'),
  'resolution_time.wall.mean': entry('minutes', 'resolution_time', 'lower_is_better'),
  'resolution_time.wall.median': entry('minutes', 'resolution_time', 'lower_is_better'),
  'resolution_time.wall.p90': entry('minutes', 'resolution_time', 'lower_is_better'),
  'solution_time.avg': entry('business_minutes', 'solution_time', 'lower_is_better'),
  'incidents_per_problem.mean': entry('count', 'incidents_per_problem', 'neutral'),
  'problem_identification.avg': entry('hours', 'problem_identification', 'lower_is_better'),
  'problem_root_cause.avg': entry('hours', 'problem_root_cause', 'lower_is_better'),
  'answer_time.calls.avg': entry('seconds', 'answer_time_calls', 'lower_is_better'),
  'answer_time.calls.max': entry('seconds', 'answer_time_calls', 'lower_is_better'),
  'answer_time.contacts.avg': entry('business_minutes', 'answer_time_contacts', 'lower_is_better'),
  'answer_time.contacts.max': entry('business_minutes', 'answer_time_contacts', 'lower_is_better'),
  'start_attention.avg': entry('business_minutes', 'start_attention', 'lower_is_better'),
  'documentation_time.avg': entry('minutes', 'documentation_time', 'neutral'),
  'first_contact_resolution.rate': entry('percent', 'first_contact_resolution', 'higher_is_better'),
  'satisfaction.csat': entry('percent', 'satisfaction_csat', 'higher_is_better'),
  'satisfaction.mean': entry('score', 'satisfaction_mean', 'higher_is_better'),
  'satisfaction.response_rate': entry('percent', 'satisfaction_response_rate', 'higher_is_better'),
  'calls.offered': entry('count', 'calls_offered', 'neutral'),
  'calls.answered': entry('count', 'calls_answered', 'neutral'),
  'calls.abandoned': entry('count', 'calls_abandoned', 'lower_is_better'),
  'calls.short_abandoned': entry('count', 'calls_short_abandoned', 'neutral'),
  'calls.abandoned_rate': entry('percent', 'calls_abandoned_rate', 'lower_is_better'),
  'calls.service_level': entry('percent', 'calls_service_level', 'higher_is_better'),
  'sla.compliance': entry('percent', 'sla_compliance', 'higher_is_better'),
  'sla.first_response.compliance': entry('percent', 'sla_compliance', 'higher_is_better'),
  'sla.next_update.compliance': entry('percent', 'sla_compliance', 'higher_is_better'),
  'sla.resolution.compliance': entry('percent', 'sla_compliance', 'higher_is_better'),
} as const satisfies Record<string, CatalogEntry>;

export type KpiId = keyof typeof KPI_CATALOG;

/** Report order (the catalog's order). */
export const KPI_IDS = Object.keys(KPI_CATALOG) as KpiId[];

export function kpiPolarity(id: KpiId): KpiPolarity {
  return KPI_CATALOG[id].polarity;
}

export function isKpiId(value: string): value is KpiId {
  return Object.hasOwn(KPI_CATALOG, value);
}
