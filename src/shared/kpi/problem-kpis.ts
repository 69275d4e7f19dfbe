/**
 * Problem KPIs (DESIGN.md): incidents per problem and time to problem identification.
 *
 * - Problems in the period: problem tickets created before its end and not closed or cancelled before
 *   its start. Incidents per problem = incidents linked now (`problemId`), opened before the period's
 *   end; mean over those problems (problems with no incident count as 0).
 * - Identification: problems created in the period that have linked incidents; hours from the first
 *   linked incident's creation to the problem's creation (0 when the problem was opened proactively,
 *   before any incident). Root cause: the same start to the first recorded root cause, for problems
 *   whose root cause was recorded in the period.
 * Wall-clock hours: problem management is not bound to the contract's business hours.
 */
import type { Id } from '../domain/ids';
import type { KpiContext } from './kpi-context';
import { inPeriod } from './kpi-period';
import { mean } from './kpi-stats';
import type { KpiValue } from './kpi-value';
import { kpiValue } from './kpi-value';

const MS_PER_HOUR = 3_600_000;

export interface ProblemIncidentCount {
  problemId: Id;
  incidents: number;
}

export interface ProblemKpisResult {
  values: KpiValue[];
  /** Per problem in the period, most incidents first. */
  incidentsPerProblem: ProblemIncidentCount[];
}

export function problemKpis(ctx: KpiContext): ProblemKpisResult {
  const linked = new Map<Id, { count: number; firstMs: number }>();
  for (const facts of ctx.facts) {
    const problemId = facts.ticket.problemId;
    if (facts.ticket.type !== 'incident' || problemId === null) continue;
    const entry = linked.get(problemId);
    if (entry === undefined) linked.set(problemId, { count: 1, firstMs: facts.createdMs });
    else {
      entry.count += 1;
      if (facts.createdMs < entry.firstMs) entry.firstMs = facts.createdMs;
    }
  }
  const counts: ProblemIncidentCount[] = [];
  const identification: number[] = [];
  const rootCause: number[] = [];
  for (const facts of ctx.facts) {
    if (facts.ticket.type !== 'problem') continue;
    const finishedBefore = facts.finishedMs !== null && facts.finishedMs < ctx.period.fromMs;
    const links = linked.get(facts.ticket.id);
    if (!finishedBefore) counts.push({ problemId: facts.ticket.id, incidents: links?.count ?? 0 });
    if (links === undefined) continue;
    if (inPeriod(facts.createdMs, ctx.period)) {
      identification.push(Math.max(0, facts.createdMs - links.firstMs) / MS_PER_HOUR);
    }
    if (inPeriod(facts.rootCauseMs, ctx.period)) {
      rootCause.push(Math.max(0, facts.rootCauseMs - links.firstMs) / MS_PER_HOUR);
    }
  }
  counts.sort((a, b) => b.incidents - a.incidents || (a.problemId < b.problemId ? -1 : 1));
  return {
    values: [
      kpiValue('incidents_per_problem.mean', mean(counts.map((c) => c.incidents)), counts.length),
      kpiValue('problem_identification.avg', mean(identification), identification.length),
      kpiValue('problem_root_cause.avg', mean(rootCause), rootCause.length),
    ],
    incidentsPerProblem: counts,
  };
}
