/**
 * User satisfaction (DESIGN.md KPIs), on the surveys attached to service tickets:
 * - CSAT % = ratings 4–5 / all ratings, ratings answered in the period;
 * - mean rating (1–5), same ratings;
 * - response rate = surveys sent in the period that have an answer (whenever it came) / surveys sent in
 *   the period.
 */
import type { Id } from '../domain/ids';
import type { KpiContext } from './kpi-context';
import type { KpiRating } from './kpi-input';
import { percent } from './kpi-stats';
import type { KpiValue } from './kpi-value';
import { kpiValue } from './kpi-value';

export interface RatingInPeriod {
  rating: KpiRating;
  /** The agent who resolved the ticket last (credited with the rating), null if nobody did. */
  resolverId: Id | null;
}

export function isSatisfied(score: number): boolean {
  return score >= 4;
}

export function ratingsInPeriod(ctx: KpiContext): RatingInPeriod[] {
  const result: RatingInPeriod[] = [];
  const { fromMs, toMs } = ctx.period;
  for (const facts of ctx.facts) {
    const responded = facts.surveyRespondedMs;
    if (responded.length === 0 || !facts.service) continue;
    for (let i = 0; i < responded.length; i++) {
      const ms = responded[i]!;
      // NaN (no answer) fails the period check.
      if (ms >= fromMs && ms < toMs)
        result.push({ rating: facts.ticket.surveys[i]!.rating!, resolverId: facts.lastResolverId });
    }
  }
  return result;
}

export function satisfactionKpis(ctx: KpiContext, ratings: readonly RatingInPeriod[]): KpiValue[] {
  let satisfied = 0;
  let scoreSum = 0;
  for (const r of ratings) {
    if (isSatisfied(r.rating.score)) satisfied += 1;
    scoreSum += r.rating.score;
  }
  let sent = 0;
  let answered = 0;
  const { fromMs, toMs } = ctx.period;
  for (const facts of ctx.facts) {
    const sentMs = facts.surveySentMs;
    if (sentMs.length === 0 || !facts.service) continue;
    for (let i = 0; i < sentMs.length; i++) {
      const ms = sentMs[i]!;
      if (!(ms >= fromMs && ms < toMs)) continue;
      sent += 1;
      if (facts.ticket.surveys[i]!.rating !== null) answered += 1;
    }
  }
  return [
    kpiValue('satisfaction.csat', percent(satisfied, ratings.length), ratings.length),
    kpiValue('satisfaction.mean', ratings.length === 0 ? null : scoreSum / ratings.length, ratings.length),
    kpiValue('satisfaction.response_rate', percent(answered, sent), sent),
  ];
}
