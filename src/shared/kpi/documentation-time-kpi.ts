/**
 * Average documentation time (DESIGN.md KPIs): the active editing time the workstation measured and
 * recorded on the ticket (`documentation_time_recorded`, idle > 60 s pauses it), summed per ticket, over
 * the service tickets resolved in the period that have any recorded. Tickets without a measurement
 * (created by channels or before the measurement existed) are left out rather than counted as 0 min.
 */
import type { KpiContext } from './kpi-context';
import { isServiceTicket } from './kpi-context';
import { inPeriod } from './kpi-period';
import { mean } from './kpi-stats';
import type { KpiValue } from './kpi-value';
import { kpiValue } from './kpi-value';
import type { TicketFacts } from './ticket-facts';

/** Resolved in the period and documented: the tickets this KPI (and the agent table's column) averages. */
export function documentedResolution(facts: TicketFacts, ctx: KpiContext): boolean {
  return (
    facts.documentationSeconds > 0 &&
    isServiceTicket(facts) &&
    inPeriod(facts.resolution?.ms ?? null, ctx.period)
  );
}

export function documentationTimeKpis(ctx: KpiContext): KpiValue[] {
  const minutes: number[] = [];
  for (const facts of ctx.facts) if (documentedResolution(facts, ctx)) minutes.push(facts.documentationSeconds / 60);
  return [kpiValue('documentation_time.avg', mean(minutes), minutes.length)];
}
