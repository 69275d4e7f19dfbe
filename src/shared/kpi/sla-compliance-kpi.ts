/**
 * SLA compliance % per target type (DESIGN.md KPIs): targets met / targets decided in the period. A
 * target is decided when it is met (at its completion) or breached (at its due instant, even if the
 * event came later); running, paused and warning targets are not decided yet, and targets a cancelled
 * ticket left unfinished (`applicable: false`) never count. Anchoring at the decision makes a closed
 * month final: a target met on the 31st for a due time on the 2nd counts in the month it was met.
 *
 * The outcomes are the SLA clock's own (`slaClock`, with pauses, calendars and mid-life policy changes);
 * `slaTargetsFromClock` turns a clock result into the input's shape. Next update: the clock reports the
 * current update cycle only, so earlier cycles of a ticket are not counted.
 */
import type { SlaTargetKind } from '../domain/ticket-event';
import type { SlaClockResult, SlaTargetClock } from '../sla/clock-types';
import type { KpiContext } from './kpi-context';
import type { KpiSlaTarget } from './kpi-input';
import type { KpiId } from './kpi-ids';
import { percent } from './kpi-stats';
import type { KpiValue } from './kpi-value';
import { kpiValue } from './kpi-value';

export function slaTargetsFromClock(result: SlaClockResult): KpiSlaTarget[] {
  const { firstResponse, nextUpdate, resolution } = result.targets;
  return [firstResponse, nextUpdate, resolution]
    .filter((t): t is SlaTargetClock => t !== null)
    .map((t) => ({
      target: t.target,
      state: t.state,
      completedAt: t.completedAt,
      breachedAt: t.breachedAt,
      applicable: t.applicable,
    }));
}

export { slaDecidedAtMs } from './ticket-facts';

const IDS: Record<SlaTargetKind, KpiId> = {
  first_response: 'sla.first_response.compliance',
  next_update: 'sla.next_update.compliance',
  resolution: 'sla.resolution.compliance',
};

export function slaComplianceKpis(ctx: KpiContext): KpiValue[] {
  const met: Record<SlaTargetKind, number> = { first_response: 0, next_update: 0, resolution: 0 };
  const due: Record<SlaTargetKind, number> = { first_response: 0, next_update: 0, resolution: 0 };
  const { fromMs, toMs } = ctx.period;
  for (const facts of ctx.facts) {
    const decided = facts.slaDecidedMs;
    if (decided.length === 0 || !facts.service) continue;
    const targets = facts.ticket.slaTargets;
    for (let i = 0; i < decided.length; i++) {
      const decidedAt = decided[i]!;
      // NaN (undecided) fails the period check.
      if (!(decidedAt >= fromMs && decidedAt < toMs)) continue;
      const target = targets[i]!;
      due[target.target] += 1;
      if (target.state === 'met') met[target.target] += 1;
    }
  }
  const allMet = met.first_response + met.next_update + met.resolution;
  const allDue = due.first_response + due.next_update + due.resolution;
  return [
    kpiValue('sla.compliance', percent(allMet, allDue), allDue),
    ...(['first_response', 'next_update', 'resolution'] as const).map((kind) =>
      kpiValue(IDS[kind], percent(met[kind], due[kind]), due[kind]),
    ),
  ];
}
