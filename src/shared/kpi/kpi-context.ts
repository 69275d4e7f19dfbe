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
import type { FirstContactAssessment } from '../workflow/first-contact';
import { assessFirstContact } from '../workflow/first-contact';
import { instantMs } from './kpi-instant';

/** A call with its instants parsed once (NaN where the call has none). */
export interface KpiCallFacts {
  call: KpiCall;
  enteredMs: number;
  answeredMs: number;
  abandonedMs: number;
  endedMs: number;
}

export function kpiCallFacts(call: KpiCall): KpiCallFacts {
  return {
    call,
    enteredMs: instantMs(call.enteredQueueAt),
    answeredMs: call.answeredAt === null ? NaN : instantMs(call.answeredAt),
    abandonedMs: call.abandonedAt === null ? NaN : instantMs(call.abandonedAt),
    endedMs: call.endedAt === null ? NaN : instantMs(call.endedAt),
  };
}

/**
 * Which incidents repeat an earlier one by requester + category, and by problem (repeated-incidents-kpi.ts).
 * A caller that keeps facts between recomputes may maintain it incrementally (LiveKpis); absent, the
 * KPI computes it from the context's facts.
 */
export interface RepeatLookup {
  sameRequesterCategory: ReadonlySet<TicketFacts>;
  problemRepeats: ReadonlySet<TicketFacts>;
}

export interface KpiContext {
  /** Every filtered ticket, problems included (KPIs pick their own types). */
  facts: readonly TicketFacts[];
  calls: readonly KpiCallFacts[];
  period: ResolvedPeriod;
  options: KpiOptions;
  businessMinutes: BusinessMinutes;
  isAgent: IsAgent;
  repeats?: RepeatLookup;
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
    calls: filtered.calls.map(kpiCallFacts),
    period: filtered.period,
    options,
    businessMinutes: businessMinutesOn(filtered.calendars),
    isAgent,
  };
}

/** Incidents and requests: what the desk serves. Problems are internal records with their own KPIs. */
export function isServiceTicket(facts: TicketFacts): boolean {
  return facts.service;
}

/** Business minutes from creation to the resolution (0 without one), computed once per ticket. */
export function resolutionBusinessMinutes(ctx: KpiContext, facts: TicketFacts): number {
  if (facts.resolutionBusinessMinutes === null) {
    const end = facts.resolution?.ms ?? facts.createdMs;
    facts.resolutionBusinessMinutes = ctx.businessMinutes.between(facts.ticket.calendarId, facts.createdMs, end);
  }
  return facts.resolutionBusinessMinutes;
}

/** Business minutes from creation to the first response (0 without one), computed once per ticket. */
export function responseBusinessMinutes(ctx: KpiContext, facts: TicketFacts): number {
  if (facts.responseBusinessMinutes === null) {
    const end = facts.firstResponseMs ?? facts.createdMs;
    facts.responseBusinessMinutes = ctx.businessMinutes.between(facts.ticket.calendarId, facts.createdMs, end);
  }
  return facts.responseBusinessMinutes;
}

/** Business minutes from creation to the start of attention (0 without one), computed once per ticket. */
export function startBusinessMinutes(ctx: KpiContext, facts: TicketFacts): number {
  if (facts.startBusinessMinutes === null) {
    const end = facts.startAttentionMs ?? facts.createdMs;
    facts.startBusinessMinutes = ctx.businessMinutes.between(facts.ticket.calendarId, facts.createdMs, end);
  }
  return facts.startBusinessMinutes;
}

/**
 * Business minutes from when the resolver last received the ticket (creation if never) to the
 * resolution (0 without one), computed once per ticket.
 */
export function handlingBusinessMinutes(ctx: KpiContext, facts: TicketFacts): number {
  if (facts.handlingBusinessMinutes === null) {
    const took = facts.resolverTookMs ?? facts.createdMs;
    facts.handlingBusinessMinutes =
      took === facts.createdMs
        ? resolutionBusinessMinutes(ctx, facts)
        : ctx.businessMinutes.between(facts.ticket.calendarId, took, facts.resolution?.ms ?? took);
  }
  return facts.handlingBusinessMinutes;
}

/** The first-contact assessment of the history up to the as-of instant, computed once per ticket. */
export function firstContactOf(facts: TicketFacts): FirstContactAssessment {
  return (facts.firstContact ??= assessFirstContact(facts.eventsAsOf));
}
