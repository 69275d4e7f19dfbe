/**
 * Resolution time and average solution time (DESIGN.md KPIs): service tickets resolved in the period,
 * from creation to their resolution (the latest move to `resolved` still standing at the period's end:
 * a reopen makes the time longer, as it should — the first fix did not hold).
 *
 * Business minutes on the ticket's calendar (the SLA policy's), not net of pauses: this is how long the
 * requester waited in business hours; the SLA compliance KPI is the contract's pause-adjusted view.
 * "Average solution time" is DESIGN.md's second name for the business mean; it is reported under its own
 * id because contracts name it, and it is computed here from the same numbers so the two never differ.
 */
import type { KpiContext } from './kpi-context';
import { isServiceTicket, resolutionBusinessMinutes } from './kpi-context';
import { MS_PER_MINUTE } from './kpi-durations';
import { inPeriod } from './kpi-period';
import { mean, median, percentile, sortedCopy } from './kpi-stats';
import type { KpiValue } from './kpi-value';
import { kpiValue } from './kpi-value';

export function resolutionTimeKpis(ctx: KpiContext): KpiValue[] {
  const business: number[] = [];
  const wall: number[] = [];
  for (const facts of ctx.facts) {
    const resolution = facts.resolution;
    if (resolution === null || !isServiceTicket(facts) || !inPeriod(resolution.ms, ctx.period)) continue;
    business.push(resolutionBusinessMinutes(ctx, facts));
    wall.push(Math.max(0, resolution.ms - facts.createdMs) / MS_PER_MINUTE);
  }
  const sortedBusiness = sortedCopy(business);
  const sortedWall = sortedCopy(wall);
  const n = business.length;
  const businessMean = mean(business);
  return [
    kpiValue('resolution_time.business.mean', businessMean, n),
    kpiValue('resolution_time.business.median', median(sortedBusiness), n),
    kpiValue('resolution_time.business.p90', percentile(sortedBusiness, 90), n),
    kpiValue('resolution_time.wall.mean', mean(wall), n),
    kpiValue('resolution_time.wall.median', median(sortedWall), n),
    kpiValue('resolution_time.wall.p90', percentile(sortedWall, 90), n),
    kpiValue('solution_time.avg', businessMean, n),
  ];
}
