/**
 * Incremental KPIs for the live dashboard: each ticket's facts (the one pass over its history) are kept
 * between recomputes and rebuilt only for tickets that changed; a recompute then folds the cached facts
 * with the library's own `reportFromContext`. For a period that is still running (today, this week, this
 * month) the facts read "as of now" equal facts read with no end, as long as no event is dated in the
 * future — so the numbers are exactly `computeAllKpis`'s for the same period (tested).
 */
import type { Id } from '../domain/ids';
import type { KpiCall, KpiPeriod, KpiReport, KpiTicket } from '../kpi/index';
import { reportFromContext, resolveKpiOptions, resolvePeriod } from '../kpi/index';
import type { BusinessMinutes } from '../kpi/kpi-durations';
import { businessMinutesOn } from '../kpi/kpi-durations';
import type { TicketFacts } from '../kpi/ticket-facts';
import { agentRule, ticketFacts } from '../kpi/ticket-facts';
import type { KpiCalendars } from '../kpi/index';

const NO_END = 8.64e15;

export class LiveKpis {
  private readonly facts = new Map<Id, TicketFacts>();
  private readonly isAgent = agentRule(null);
  private readonly businessMinutes: BusinessMinutes;
  private readonly options = resolveKpiOptions();

  constructor(calendars: KpiCalendars = {}) {
    // Business-minute spans of unchanged tickets repeat across recomputes: memoized per (calendar, from, to).
    const inner = businessMinutesOn(calendars);
    const memo = new Map<string, Map<number, number>>();
    this.businessMinutes = {
      missingCalendarIds: inner.missingCalendarIds,
      between(calendarId, fromMs, toMs) {
        const key = `${calendarId ?? ''}|${fromMs}`;
        if (memo.size > 200_000) memo.clear();
        let row = memo.get(key);
        if (row === undefined) memo.set(key, (row = new Map()));
        let value = row.get(toMs);
        if (value === undefined) row.set(toMs, (value = inner.between(calendarId, fromMs, toMs)));
        return value;
      },
    };
  }

  /** Adds or replaces a ticket (its facts are rebuilt). */
  put(ticket: KpiTicket): void {
    this.facts.set(ticket.id, ticketFacts(ticket, NO_END, this.isAgent));
  }

  delete(id: Id): void {
    this.facts.delete(id);
  }

  get size(): number {
    return this.facts.size;
  }

  allFacts(): IterableIterator<TicketFacts> {
    return this.facts.values();
  }

  /** Every KPI of a running period (its end after `now`), from the cached facts. */
  report(period: KpiPeriod, now: string, calls: readonly KpiCall[]): KpiReport {
    const resolved = resolvePeriod(period, now);
    const facts: TicketFacts[] = [];
    for (const f of this.facts.values()) if (f.createdMs < resolved.toMs) facts.push(f);
    const inPeriod = calls.filter((c) => {
      const ms = Date.parse(c.enteredQueueAt);
      return ms >= resolved.fromMs && ms < resolved.toMs;
    });
    return reportFromContext(
      { facts, calls: inPeriod, period: resolved, options: this.options, businessMinutes: this.businessMinutes, isAgent: this.isAgent },
      now,
      { period },
    );
  }
}
