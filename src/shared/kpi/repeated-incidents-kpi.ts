/**
 * Repeated incidents (DESIGN.md KPIs): incidents opened in the period that repeat a previous one —
 * reopened; or the same requester opened an incident in the same category within the window before it
 * (the rule and default window of `detectRepeatedIncidents`, src/shared/workflow); or linked to a problem
 * that already had an earlier incident. Cancelled incidents (duplicates, spam) neither repeat nor are
 * repeated. Earlier incidents come from the look-back the producer includes (`kpiLookbackStart`).
 *
 * Incidents are bucketed by requester (a dozen a month at most) and by problem, each bucket sorted once:
 * O(n log n) overall, not the pairwise check the workstation does for one ticket.
 */
import type { Id } from '../domain/ids';
import type { KpiContext, RepeatLookup } from './kpi-context';
import { percent } from './kpi-stats';
import type { KpiValue } from './kpi-value';
import { kpiValue } from './kpi-value';
import type { TicketFacts } from './ticket-facts';

export type RepeatRule = 'reopened' | 'same_requester_category' | 'problem_already_had_incidents';

export interface RepeatedIncident {
  ticketId: Id;
  categoryId: Id | null;
  rules: RepeatRule[];
}

export interface RepeatedIncidentsResult {
  /** Incidents opened in the period (not cancelled): the denominator. */
  incidents: TicketFacts[];
  repeated: RepeatedIncident[];
}

const DAY_MS = 86_400_000;

/** Incidents that can repeat or be repeated: cancelled ones (duplicates, spam) neither do. */
export function isRepeatCandidate(facts: TicketFacts): boolean {
  return facts.incident && facts.statusAtEnd !== 'cancelled';
}

/** The repeat sets over every candidate of the facts (the earlier incidents included). */
export function computeRepeats(facts: readonly TicketFacts[], repeatWindowDays: number): RepeatLookup {
  const candidates = facts.filter(isRepeatCandidate);
  return {
    sameRequesterCategory: repeatsWithin(bucketBy(candidates, (f) => f.ticket.requesterId), repeatWindowDays * DAY_MS, true),
    problemRepeats: repeatsWithin(bucketBy(candidates, (f) => f.ticket.problemId), Infinity, false),
  };
}

export function findRepeatedIncidents(ctx: KpiContext): RepeatedIncidentsResult {
  const { sameRequesterCategory, problemRepeats } = ctx.repeats ?? computeRepeats(ctx.facts, ctx.options.repeatWindowDays);
  const incidents: TicketFacts[] = [];
  const repeated: RepeatedIncident[] = [];
  const { fromMs, toMs } = ctx.period;
  for (const facts of ctx.facts) {
    if (facts.createdMs < fromMs || facts.createdMs >= toMs || !isRepeatCandidate(facts)) continue;
    incidents.push(facts);
    const rules: RepeatRule[] = [];
    if (facts.reopens > 0) rules.push('reopened');
    if (sameRequesterCategory.has(facts)) rules.push('same_requester_category');
    if (problemRepeats.has(facts)) rules.push('problem_already_had_incidents');
    if (rules.length > 0) repeated.push({ ticketId: facts.ticket.id, categoryId: facts.ticket.categoryId, rules });
  }
  return { incidents, repeated };
}

export function repeatedIncidentKpis(result: RepeatedIncidentsResult): KpiValue[] {
  const count = result.repeated.length;
  const incidents = result.incidents.length;
  return [
    kpiValue('repeated_incidents.count', count, incidents),
    kpiValue('repeated_incidents.rate', percent(count, incidents), incidents),
  ];
}

function bucketBy(candidates: readonly TicketFacts[], keyOf: (facts: TicketFacts) => string | null): TicketFacts[][] {
  const buckets = new Map<string, TicketFacts[]>();
  for (const facts of candidates) {
    const key = keyOf(facts);
    if (key === null) continue;
    const bucket = buckets.get(key);
    if (bucket) bucket.push(facts);
    else buckets.set(key, [facts]);
  }
  return [...buckets.values()];
}

/**
 * Tickets preceded in their bucket by another one at most `windowMs` earlier (ties by id), in the
 * same category when `sameCategory` (uncategorized tickets never match).
 */
export function repeatsWithin(buckets: readonly TicketFacts[][], windowMs: number, sameCategory: boolean): Set<TicketFacts> {
  const result = new Set<TicketFacts>();
  repeatsInto(result, buckets, windowMs, sameCategory);
  return result;
}

/** `repeatsWithin` adding to an existing set (sorts each bucket in place). */
export function repeatsInto(result: Set<TicketFacts>, buckets: Iterable<TicketFacts[]>, windowMs: number, sameCategory: boolean): void {
  for (const bucket of buckets) {
    if (bucket.length < 2) continue;
    bucket.sort((a, b) => a.createdMs - b.createdMs || (a.ticket.id < b.ticket.id ? -1 : 1));
    for (let i = 1; i < bucket.length; i++) {
      const current = bucket[i]!;
      const category = current.ticket.categoryId;
      if (sameCategory && category === null) continue;
      for (let j = i - 1; j >= 0 && current.createdMs - bucket[j]!.createdMs <= windowMs; j--) {
        if (!sameCategory || bucket[j]!.ticket.categoryId === category) {
          result.add(current);
          break;
        }
      }
    }
  }
}
