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
import { SLA_TARGET_CODES } from './ticket-facts';

const IDS: Record<SlaTargetKind, KpiId> = {
  first_response: 'sla.first_response.compliance',
  next_update: 'sla.next_update.compliance',
  resolution: 'sla.resolution.compliance',
};

export function slaComplianceKpis(ctx: KpiContext): KpiValue[] {
  // Indexed by SLA_TARGET_CODES.
  const met = [0, 0, 0];
  const due = [0, 0, 0];
  const { fromMs, toMs } = ctx.period;
  for (const facts of ctx.facts) {
    const decided = facts.slaDecidedMs;
    if (decided.length === 0 || !facts.service) continue;
    const codes = facts.slaCodes;
    for (let i = 0; i < decided.length; i++) {
      const decidedAt = decided[i]!;
      // NaN (undecided) fails the period check.
      if (!(decidedAt >= fromMs && decidedAt < toMs)) continue;
      const code = codes[i]!;
      due[code >> 1]! += 1;
      met[code >> 1]! += code & 1;
    }
  }
  const allMet = met[0]! + met[1]! + met[2]!;
  const allDue = due[0]! + due[1]! + due[2]!;
  return [
    kpiValue('sla.compliance', percent(allMet, allDue), allDue),
    ...SLA_TARGET_CODES.map((kind, k) => kpiValue(IDS[kind], percent(met[k]!, due[k]!), due[k]!)),
  ];
}
