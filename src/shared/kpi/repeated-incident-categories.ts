/**
 * The continuous-improvement view's "categories with most repeated incidents": the candidates for a
 * problem record. Same rules and period as the repeated-incidents KPI.
 */
import type { Id } from '../domain/ids';
import type { KpiFilters } from './kpi-filters';
import { filterKpiInput } from './kpi-filters';
import type { KpiInput } from './kpi-input';
import type { KpiOptions } from './kpi-options';
import { resolveKpiOptions } from './kpi-options';
import { buildKpiContext } from './kpi-context';
import type { RepeatedIncidentsResult } from './repeated-incidents-kpi';
import { findRepeatedIncidents } from './repeated-incidents-kpi';

export interface RepeatedCategory {
  /** null: incidents without a category. */
  categoryId: Id | null;
  repeated: number;
  /** Incidents of the category opened in the period. */
  incidents: number;
  /** Up to 5 repeated incidents to open from the view. */
  sampleTicketIds: Id[];
}

export function repeatedIncidentCategories(
  input: KpiInput,
  filters: KpiFilters = {},
  options: Partial<KpiOptions> = {},
  limit = 10,
): RepeatedCategory[] {
  const ctx = buildKpiContext(filterKpiInput(input, filters), resolveKpiOptions(options));
  return rankRepeatedCategories(findRepeatedIncidents(ctx), limit);
}

export function rankRepeatedCategories(result: RepeatedIncidentsResult, limit: number): RepeatedCategory[] {
  const byCategory = new Map<Id | null, RepeatedCategory>();
  for (const facts of result.incidents) {
    const categoryId = facts.ticket.categoryId;
    const row = byCategory.get(categoryId);
    if (row) row.incidents += 1;
    else byCategory.set(categoryId, { categoryId, repeated: 0, incidents: 1, sampleTicketIds: [] });
  }
  for (const r of result.repeated) {
    const row = byCategory.get(r.categoryId);
    if (row === undefined) continue;
    row.repeated += 1;
    if (row.sampleTicketIds.length < 5) row.sampleTicketIds.push(r.ticketId);
  }
  return [...byCategory.values()]
    .filter((row) => row.repeated > 0)
    .sort((a, b) => b.repeated - a.repeated || b.incidents - a.incidents || compareIds(a.categoryId, b.categoryId))
    .slice(0, limit);
}

function compareIds(a: Id | null, b: Id | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -1 : 1;
}
