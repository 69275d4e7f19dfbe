/**
 * Incremental KPIs for the live dashboard: each ticket's facts (the one pass over its history, with its
 * business-minute spans and first-contact assessment memoized on them) are kept between recomputes and
 * rebuilt only for tickets that changed; the repeat buckets are re-marked only where the change landed;
 * calls are parsed once. A recompute then folds the cached facts a period can see (`Entry`) with the
 * library's own `reportFromContext`. For a period that is still running (today, this week, this
 * month) the facts read "as of now" equal facts read with no end, as long as no event is dated in the
 * future — so the numbers are exactly `computeAllKpis`'s for the same period (tested).
 */
import type { Id } from '../domain/ids';
import type { KpiCall, KpiPeriod, KpiReport, KpiTicket } from '../kpi/index';
import { reportFromContext, resolveKpiOptions, resolvePeriod } from '../kpi/index';
import type { BusinessMinutes } from '../kpi/kpi-durations';
import { businessMinutesOn } from '../kpi/kpi-durations';
import type { KpiCallFacts } from '../kpi/kpi-context';
import { kpiCallFacts } from '../kpi/kpi-context';
import { isPendingAtEnd } from '../kpi/month-totals';
import { isRepeatCandidate, repeatsInto } from '../kpi/repeated-incidents-kpi';
import type { TicketFacts } from '../kpi/ticket-facts';
import { agentRule, ticketFacts } from '../kpi/ticket-facts';
import type { KpiCalendars } from '../kpi/index';

const NO_END = 8.64e15;
const DAY_MS = 86_400_000;

/**
 * Repeat buckets (requester; problem) kept up to date as tickets change: a change re-marks only the
 * buckets the ticket left or joined (a dozen incidents at most), with the library's own rule. Whether an
 * incident repeats depends only on earlier incidents, all created before any period end that includes
 * it, so one set serves every period.
 */
class RepeatBuckets {
  readonly repeated = new Set<TicketFacts>();
  private readonly buckets = new Map<Id, Set<TicketFacts>>();
  private readonly dirty = new Set<Id>();

  constructor(
    private readonly keyOf: (facts: TicketFacts) => Id | null,
    private readonly windowMs: number,
    private readonly sameCategory: boolean,
  ) {}

  add(facts: TicketFacts): void {
    const key = this.keyOf(facts);
    if (key === null) return;
    let bucket = this.buckets.get(key);
    if (bucket === undefined) this.buckets.set(key, (bucket = new Set()));
    bucket.add(facts);
    this.dirty.add(key);
  }

  remove(facts: TicketFacts): void {
    const key = this.keyOf(facts);
    if (key === null) return;
    const bucket = this.buckets.get(key);
    if (bucket === undefined || !bucket.delete(facts)) return;
    this.repeated.delete(facts);
    if (bucket.size === 0) this.buckets.delete(key);
    this.dirty.add(key);
  }

  refresh(): void {
    for (const key of this.dirty) {
      const bucket = this.buckets.get(key);
      if (bucket === undefined) continue;
      const members = [...bucket];
      for (const facts of members) this.repeated.delete(facts);
      repeatsInto(this.repeated, [members], this.windowMs, this.sameCategory);
    }
    this.dirty.clear();
  }
}

/**
 * A cached ticket and what decides whether a period can see it: every KPI anchors a ticket at one of its
 * instants (creation, response, start, resolution, finish, root cause, survey, SLA decision) and checks it
 * against the period, except the open ones (pending, open load) and problems with their linked incidents
 * (incidents per problem counts links of any age). A ticket that is neither and whose latest anchor is
 * before the period's start adds nothing to any KPI of it, so the recompute skips it; repeats look back
 * through `RepeatBuckets`, which hold every ticket.
 */
interface Entry {
  facts: TicketFacts;
  always: boolean;
  lastAnchorMs: number;
}

function entryOf(facts: TicketFacts): Entry {
  let last = facts.createdMs;
  const anchors = [
    facts.resolution?.ms ?? null,
    facts.finishedMs,
    facts.firstResponseMs,
    facts.startAttentionMs,
    facts.rootCauseMs,
  ];
  for (const ms of anchors) if (ms !== null && ms > last) last = ms;
  for (const list of [facts.slaDecidedMs, facts.surveySentMs, facts.surveyRespondedMs])
    for (const ms of list) if (ms > last) last = ms;
  const always = isPendingAtEnd(facts) || facts.ticket.type === 'problem' || facts.ticket.problemId !== null;
  return { facts, always, lastAnchorMs: last };
}

export class LiveKpis {
  private readonly entries = new Map<Id, Entry>();
  private readonly isAgent = agentRule(null);
  private readonly businessMinutes: BusinessMinutes;
  private readonly options = resolveKpiOptions();
  private readonly byRequester = new RepeatBuckets(
    (f) => f.ticket.requesterId,
    this.options.repeatWindowDays * DAY_MS,
    true,
  );
  private readonly byProblem = new RepeatBuckets((f) => f.ticket.problemId, Infinity, false);
  /** Calls with their instants parsed, per call object (the model keeps them between recomputes). */
  private readonly callFacts = new WeakMap<KpiCall, KpiCallFacts>();
  private lastCalls: { calls: readonly KpiCall[]; length: number; facts: KpiCallFacts[] } | null = null;

  constructor(calendars: KpiCalendars = {}) {
    // Business-minute spans are memoized on the cached facts themselves (kpi-context.ts).
    this.businessMinutes = businessMinutesOn(calendars);
  }

  /** Adds or replaces a ticket (its facts are rebuilt). */
  put(ticket: KpiTicket): void {
    const old = this.entries.get(ticket.id);
    if (old !== undefined) this.forget(old.facts);
    const facts = ticketFacts(ticket, NO_END, this.isAgent);
    this.entries.set(ticket.id, entryOf(facts));
    if (isRepeatCandidate(facts)) {
      this.byRequester.add(facts);
      this.byProblem.add(facts);
    }
  }

  delete(id: Id): void {
    const old = this.entries.get(id);
    if (old === undefined) return;
    this.forget(old.facts);
    this.entries.delete(id);
  }

  private forget(facts: TicketFacts): void {
    this.byRequester.remove(facts);
    this.byProblem.remove(facts);
  }

  get size(): number {
    return this.entries.size;
  }

  *allFacts(): IterableIterator<TicketFacts> {
    for (const entry of this.entries.values()) yield entry.facts;
  }

  /** Every KPI of a running period (its end after `now`), from the cached facts. */
  report(period: KpiPeriod, now: string, calls: readonly KpiCall[]): KpiReport {
    const resolved = resolvePeriod(period, now);
    const facts: TicketFacts[] = [];
    const { fromMs, toMs } = resolved;
    for (const { facts: f, always, lastAnchorMs } of this.entries.values()) {
      if (f.createdMs < toMs && (always || lastAnchorMs >= fromMs)) facts.push(f);
    }
    this.byRequester.refresh();
    this.byProblem.refresh();
    const inPeriod: KpiCallFacts[] = [];
    for (const c of this.parsedCalls(calls))
      if (c.enteredMs >= fromMs && c.enteredMs < toMs) inPeriod.push(c);
    return reportFromContext(
      {
        facts,
        calls: inPeriod,
        period: resolved,
        options: this.options,
        businessMinutes: this.businessMinutes,
        isAgent: this.isAgent,
        repeats: {
          sameRequesterCategory: this.byRequester.repeated,
          problemRepeats: this.byProblem.repeated,
        },
      },
      now,
      { period },
    );
  }

  private parsedCalls(calls: readonly KpiCall[]): KpiCallFacts[] {
    // The same array as last time, unchanged (checked element by element: cheap next to parsing).
    const last = this.lastCalls;
    if (
      last !== null &&
      last.calls === calls &&
      last.length === calls.length &&
      last.facts.every((f, i) => f.call === calls[i])
    ) {
      return last.facts;
    }
    const facts: KpiCallFacts[] = [];
    for (const call of calls) {
      let f = this.callFacts.get(call);
      if (f === undefined) this.callFacts.set(call, (f = kpiCallFacts(call)));
      facts.push(f);
    }
    this.lastCalls = { calls, length: calls.length, facts };
    return facts;
  }
}
