/**
 * Month-over-month comparison for the continuous-improvement view: each KPI's change with an arrow
 * (direction) and whether that is better or worse (the KPI's polarity), and the three biggest movers.
 *
 * Movers are ranked by relative change (|Δ| / |previous|), among KPIs that have a polarity and a value in
 * both periods and a non-zero previous value, ties by id — so a volume swing (tickets opened) never
 * crowds out an indicator, and a KPI that went from 0 has no defined relative change.
 */
import type { KpiReport } from './compute-all-kpis';
import type { KpiId } from './kpi-ids';
import { kpiPolarity } from './kpi-ids';
import type { KpiOptions } from './kpi-options';
import type { KpiUnit } from './kpi-value';
import { round2 } from './kpi-value';

export type KpiDirection = 'up' | 'down' | 'same' | 'unknown';
export type KpiAssessment = 'better' | 'worse' | 'same' | 'neutral' | 'unknown';

export interface KpiDelta {
  id: KpiId;
  unit: KpiUnit;
  current: number | null;
  previous: number | null;
  /** current − previous, in the KPI's unit (percentage points for % KPIs). */
  delta: number | null;
  /** delta / |previous| × 100; null when previous is 0 or missing. */
  relativeChange: number | null;
  direction: KpiDirection;
  assessment: KpiAssessment;
}

export interface KpiComparison {
  deltas: KpiDelta[];
  biggestMovers: KpiDelta[];
  /** Options that differ between the two reports: their figures are not like for like. */
  optionsDiffer: Array<keyof KpiOptions>;
}

export function compareKpis(current: KpiReport, previous: KpiReport, moverCount = 3): KpiComparison {
  const before = new Map(previous.kpis.map((v) => [v.id, v]));
  const deltas = current.kpis.map((now): KpiDelta => {
    const then = before.get(now.id);
    const prev = then?.value ?? null;
    const cur = now.value;
    const delta = cur === null || prev === null ? null : round2(cur - prev);
    const relativeChange = delta === null || prev === 0 || prev === null ? null : round2((delta / Math.abs(prev)) * 100);
    const direction: KpiDirection = delta === null ? 'unknown' : delta > 0 ? 'up' : delta < 0 ? 'down' : 'same';
    return { id: now.id, unit: now.unit, current: cur, previous: prev, delta, relativeChange, direction, assessment: assess(now.id, direction) };
  });
  const biggestMovers = deltas
    .filter((d) => (d.assessment === 'better' || d.assessment === 'worse') && d.relativeChange !== null)
    .sort((a, b) => Math.abs(b.relativeChange!) - Math.abs(a.relativeChange!) || (a.id < b.id ? -1 : 1))
    .slice(0, moverCount);
  const optionsDiffer = (Object.keys(current.options) as Array<keyof KpiOptions>).filter(
    (key) => JSON.stringify(current.options[key]) !== JSON.stringify(previous.options[key]),
  );
  return { deltas, biggestMovers, optionsDiffer };
}

function assess(id: KpiId, direction: KpiDirection): KpiAssessment {
  if (direction === 'unknown') return 'unknown';
  const polarity = kpiPolarity(id);
  if (polarity === 'neutral') return 'neutral';
  if (direction === 'same') return 'same';
  return (direction === 'up') === (polarity === 'higher_is_better') ? 'better' : 'worse';
}
