/**
 * What every KPI function receives: the filtered input turned into per-ticket facts once (the single
 * pass over the histories), the calls, the period and the options.
 */
import type { KpiCall } from './kpi-input';
import type { FilteredKpiInput } from './kpi-filters';
import type { KpiOptions } from './kpi-options';
import type { ResolvedPeriod } from './kpi-period';
import type { BusinessMinutes } from './kpi-durations';
import { businessMinutesOn } from './kpi-durations';
import type { IsAgent, TicketFacts } from './ticket-facts';
import { agentRule, ticketFacts } from './ticket-facts';

export interface KpiContext {
  /** Every filtered ticket, problems included (KPIs pick their own types). */
  facts: readonly TicketFacts[];
  calls: readonly KpiCall[];
  period: ResolvedPeriod;
  options: KpiOptions;
  businessMinutes: BusinessMinutes;
  isAgent: IsAgent;
}

export function buildKpiContext(filtered: FilteredKpiInput, options: KpiOptions): KpiContext {
  const isAgent = agentRule(filtered.agentIds);
  const asOf = filtered.period.asOfMs;
  const facts: TicketFacts[] = [];
  for (const ticket of filtered.tickets) {
    const f = ticketFacts(ticket, asOf, isAgent);
    if (f.createdMs < filtered.period.toMs) facts.push(f);
  }
  return {
    facts,
    calls: filtered.calls,
    period: filtered.period,
    options,
    businessMinutes: businessMinutesOn(filtered.calendars),
    isAgent,
  };
}

/** Incidents and requests: what the desk serves. Problems are internal records with their own KPIs. */
export function isServiceTicket(facts: TicketFacts): boolean {
  return facts.ticket.type !== 'problem';
}

/** Business minutes from creation to the resolution (0 without one), computed once per ticket. */
export function resolutionBusinessMinutes(ctx: KpiContext, facts: TicketFacts): number {
  if (facts.resolutionBusinessMinutes === null) {
    const end = facts.resolution?.ms ?? facts.createdMs;
    facts.resolutionBusinessMinutes = ctx.businessMinutes.between(facts.ticket.calendarId, facts.createdMs, end);
  }
  return facts.resolutionBusinessMinutes;
}
