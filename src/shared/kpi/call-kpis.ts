/**
 * Call-queue KPIs (DESIGN.md KPIs) over calls that entered a queue in the period:
 * - offered: answered, abandoned, or ended unanswered (timeout, voicemail); calls still waiting are left
 *   out until they end;
 * - abandoned: the caller hung up in the queue; "short" when the wait was under `shortAbandonSeconds`
 *   (default 5 s: misdials, instant hang-ups), always reported apart;
 * - abandoned % and service level % (answered within `serviceLevelSeconds`, default 20 s, inclusive)
 *   with the denominators chosen in the options (kpi-options.ts, docs/kpis.md "Variants"). Each rate's
 *   sample size is the denominator it used.
 */
import type { KpiContext } from './kpi-context';
import type { KpiOptions } from './kpi-options';
import { percent } from './kpi-stats';
import type { KpiValue } from './kpi-value';
import { kpiValue } from './kpi-value';
import type { KpiCallFacts } from './kpi-context';

export interface CallCounts {
  offered: number;
  answered: number;
  answeredWithinThreshold: number;
  /** Every abandon, short ones included. */
  abandoned: number;
  shortAbandoned: number;
}

export function countCalls(calls: readonly KpiCallFacts[], options: KpiOptions): CallCounts {
  const counts: CallCounts = { offered: 0, answered: 0, answeredWithinThreshold: 0, abandoned: 0, shortAbandoned: 0 };
  for (const facts of calls) {
    const call = facts.call;
    const entered = facts.enteredMs;
    if (call.answeredAt !== null) {
      counts.offered += 1;
      counts.answered += 1;
      if ((facts.answeredMs - entered) / 1000 <= options.serviceLevelSeconds) {
        counts.answeredWithinThreshold += 1;
      }
    } else if (call.abandonedAt !== null) {
      counts.offered += 1;
      counts.abandoned += 1;
      if ((facts.abandonedMs - entered) / 1000 < options.shortAbandonSeconds) counts.shortAbandoned += 1;
    } else if (call.endedAt !== null) {
      counts.offered += 1;
    }
  }
  return counts;
}

export function callKpis(ctx: KpiContext): KpiValue[] {
  const { options } = ctx;
  const c = countCalls(ctx.calls, options);
  const longAbandons = c.abandoned - c.shortAbandoned;
  const [abandonedCount, abandonedBase] =
    options.abandonment === 'include_short'
      ? [c.abandoned, c.offered]
      : options.abandonment === 'short_not_abandoned'
        ? [longAbandons, c.offered]
        : [longAbandons, c.offered - c.shortAbandoned];
  const serviceBase =
    options.serviceLevelDenominator === 'answered'
      ? c.answered
      : options.serviceLevelDenominator === 'offered_minus_short_abandons'
        ? c.offered - c.shortAbandoned
        : c.offered;
  return [
    kpiValue('calls.offered', c.offered, c.offered),
    kpiValue('calls.answered', c.answered, c.offered),
    kpiValue('calls.abandoned', abandonedCount, c.offered),
    kpiValue('calls.short_abandoned', c.shortAbandoned, c.offered),
    kpiValue('calls.abandoned_rate', percent(abandonedCount, abandonedBase), abandonedBase),
    kpiValue('calls.service_level', percent(c.answeredWithinThreshold, serviceBase), serviceBase),
  ];
}
