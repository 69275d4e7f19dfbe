/**
 * User satisfaction (DESIGN.md KPIs), on the surveys attached to service tickets:
 * - CSAT % = ratings 4–5 / all ratings, ratings answered in the period;
 * - mean rating (1–5), same ratings;
 * - response rate = surveys sent in the period that have an answer (whenever it came) / surveys sent in
 *   the period.
 */
import type { Id } from '../domain/ids';
import type { KpiContext } from './kpi-context';
import { isServiceTicket } from './kpi-context';
import type { KpiRating } from './kpi-input';
import { inPeriod } from './kpi-period';
import { mean, percent } from './kpi-stats';
import type { KpiValue } from './kpi-value';
import { kpiValue } from './kpi-value';
import { instantMs } from './kpi-instant';

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
  for (const facts of ctx.facts) {
    if (!isServiceTicket(facts)) continue;
    for (const survey of facts.ticket.surveys) {
      const rating = survey.rating;
      if (rating !== null && inPeriod(instantMs(rating.respondedAt), ctx.period)) {
        result.push({ rating, resolverId: facts.lastResolverId });
      }
    }
  }
  return result;
}

export function satisfactionKpis(ctx: KpiContext, ratings: readonly RatingInPeriod[]): KpiValue[] {
  let satisfied = 0;
  for (const r of ratings) if (isSatisfied(r.rating.score)) satisfied += 1;
  let sent = 0;
  let answered = 0;
  for (const facts of ctx.facts) {
    if (!isServiceTicket(facts)) continue;
    for (const survey of facts.ticket.surveys) {
      if (!inPeriod(instantMs(survey.sentAt), ctx.period)) continue;
      sent += 1;
      if (survey.rating !== null) answered += 1;
    }
  }
  return [
    kpiValue('satisfaction.csat', percent(satisfied, ratings.length), ratings.length),
    kpiValue('satisfaction.mean', mean(ratings.map((r) => r.rating.score)), ratings.length),
    kpiValue('satisfaction.response_rate', percent(answered, sent), sent),
  ];
}
