/**
 * The per-agent table of the dashboard and the monthly report (DESIGN.md "indicators per support agent"):
 * - open load: service tickets assigned to the agent (current assignee) and open at the period's end;
 * - handled: service tickets the agent resolved in the period (the actor of the resolution);
 * - average handling: business minutes from when the agent last received the ticket (creation if it was
 *   never assigned to them) to their resolution, over the tickets they handled;
 * - FCR %: the desk's first-contact outcomes of the tickets they handled (first-contact-kpi.ts);
 * - CSAT %: ratings answered in the period on tickets they resolved last;
 * - documentation time: as the desk KPI, over the tickets they handled that have a measurement;
 * - calls answered in the period and average talk time (answer → end, wall-clock seconds).
 * Every column averages the same tickets the desk figure does, so rows add up to the desk.
 */
import type { Id } from '../domain/ids';
import type { KpiContext } from './kpi-context';
import { handlingBusinessMinutes, isServiceTicket } from './kpi-context';
import { documentedResolution } from './documentation-time-kpi';
import type { FirstContactOutcome } from './first-contact-kpi';
import { isPendingAtEnd } from './month-totals';
import type { RatingInPeriod } from './satisfaction-kpis';
import { isSatisfied } from './satisfaction-kpis';
import { mean, percent } from './kpi-stats';
import { round2 } from './kpi-value';

export interface KpiAgentRow {
  agentId: Id;
  openLoad: number;
  handled: number;
  avgHandlingBusinessMinutes: number | null;
  fcrRate: number | null;
  csat: number | null;
  ratings: number;
  avgDocumentationMinutes: number | null;
  documented: number;
  callsAnswered: number;
  avgTalkSeconds: number | null;
}

interface Accumulator {
  openLoad: number;
  handling: number[];
  firstContact: number;
  satisfied: number;
  ratings: number;
  documentation: number[];
  talk: number[];
  callsAnswered: number;
}

export function agentTable(
  ctx: KpiContext,
  outcomes: readonly FirstContactOutcome[],
  ratings: readonly RatingInPeriod[],
): KpiAgentRow[] {
  const rows = new Map<Id, Accumulator>();
  const rowOf = (agentId: Id): Accumulator => {
    let row = rows.get(agentId);
    if (row === undefined) {
      row = { openLoad: 0, handling: [], firstContact: 0, satisfied: 0, ratings: 0, documentation: [], talk: [], callsAnswered: 0 };
      rows.set(agentId, row);
    }
    return row;
  };
  for (const facts of ctx.facts) {
    const assignee = facts.ticket.assigneeId;
    if (assignee !== null && isServiceTicket(facts) && isPendingAtEnd(facts)) rowOf(assignee).openLoad += 1;
  }
  for (const { facts, firstContact } of outcomes) {
    const resolution = facts.resolution;
    if (resolution === null) continue;
    const row = rowOf(resolution.actorId);
    row.handling.push(handlingBusinessMinutes(ctx, facts));
    if (firstContact) row.firstContact += 1;
    if (documentedResolution(facts, ctx)) row.documentation.push(facts.documentationSeconds / 60);
  }
  for (const { rating, resolverId } of ratings) {
    if (resolverId === null) continue;
    const row = rowOf(resolverId);
    row.ratings += 1;
    if (isSatisfied(rating.score)) row.satisfied += 1;
  }
  for (const c of ctx.calls) {
    const { answeredAt, agentId, endedAt } = c.call;
    if (answeredAt === null || agentId === null) continue;
    const row = rowOf(agentId);
    row.callsAnswered += 1;
    // Answer → end, wall-clock seconds; none while the call is still going on.
    if (endedAt !== null) row.talk.push(Math.max(0, c.endedMs - c.answeredMs) / 1000);
  }
  return [...rows.entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([agentId, row]) => ({
      agentId,
      openLoad: row.openLoad,
      handled: row.handling.length,
      avgHandlingBusinessMinutes: rounded(mean(row.handling)),
      fcrRate: rounded(percent(row.firstContact, row.handling.length)),
      csat: rounded(percent(row.satisfied, row.ratings)),
      ratings: row.ratings,
      avgDocumentationMinutes: rounded(mean(row.documentation)),
      documented: row.documentation.length,
      callsAnswered: row.callsAnswered,
      avgTalkSeconds: rounded(mean(row.talk)),
    }));
}

function rounded(value: number | null): number | null {
  return value === null ? null : round2(value);
}
