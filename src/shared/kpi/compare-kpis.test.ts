import { describe, expect, it } from 'vitest';
import { compareKpis } from './compare-kpis';
import type { KpiReport } from './compute-all-kpis';
import { computeAllKpis } from './compute-all-kpis';
import type { KpiId } from './kpi-ids';
import { desk, NOVEMBER, OCTOBER } from './kpi.test-fixtures';
import { previousMonth } from './kpi-period';

/** An empty report with some values overwritten. */
function report(values: Partial<Record<KpiId, number | null>>): KpiReport {
  const base = computeAllKpis(desk([]), { period: NOVEMBER });
  return { ...base, kpis: base.kpis.map((k) => (k.id in values ? { ...k, value: values[k.id] ?? null } : k)) };
}

describe('compareKpis', () => {
  const previous = report({
    'first_contact_resolution.rate': 60,
    'resolution_time.business.mean': 400,
    'calls.abandoned_rate': 10,
    'satisfaction.csat': 80,
    'tickets.opened': 100,
    'sla.compliance': 90,
    'documentation_time.avg': 0,
  });
  const current = report({
    'first_contact_resolution.rate': 66, // +6 points, +10 % relative: higher is better → better
    'resolution_time.business.mean': 300, // −100, −25 %: lower is better → better
    'calls.abandoned_rate': 15, // +5, +50 %: lower is better → worse
    'satisfaction.csat': 76, // −4, −5 %: worse
    'tickets.opened': 300, // +200 %, but volumes are neutral: never a mover
    'sla.compliance': 90, // same
    'documentation_time.avg': 5, // from 0: no relative change
  });
  const comparison = compareKpis(current, previous);
  const delta = (id: KpiId) => comparison.deltas.find((d) => d.id === id)!;

  it('direction and assessment follow each KPI’s polarity', () => {
    expect(delta('first_contact_resolution.rate')).toMatchObject({ delta: 6, relativeChange: 10, direction: 'up', assessment: 'better' });
    expect(delta('resolution_time.business.mean')).toMatchObject({ delta: -100, relativeChange: -25, direction: 'down', assessment: 'better' });
    expect(delta('calls.abandoned_rate')).toMatchObject({ delta: 5, relativeChange: 50, direction: 'up', assessment: 'worse' });
    expect(delta('satisfaction.csat')).toMatchObject({ delta: -4, relativeChange: -5, assessment: 'worse' });
    expect(delta('tickets.opened')).toMatchObject({ delta: 200, direction: 'up', assessment: 'neutral' });
    expect(delta('sla.compliance')).toMatchObject({ delta: 0, direction: 'same', assessment: 'same' });
    expect(delta('documentation_time.avg')).toMatchObject({ delta: 5, relativeChange: null });
    expect(delta('answer_time.calls.avg')).toMatchObject({ delta: null, direction: 'unknown', assessment: 'unknown' });
  });

  it('the three biggest movers by relative change, volumes excluded', () => {
    // |50| abandoned, |−25| resolution time, |10| FCR (CSAT −5 is fourth).
    expect(comparison.biggestMovers.map((d) => d.id)).toEqual([
      'calls.abandoned_rate',
      'resolution_time.business.mean',
      'first_contact_resolution.rate',
    ]);
    expect(comparison.optionsDiffer).toEqual([]);
  });

  it('flags reports computed with different options', () => {
    const other = computeAllKpis(desk([]), { period: OCTOBER }, { serviceLevelSeconds: 30 });
    expect(compareKpis(current, other).optionsDiffer).toEqual(['serviceLevelSeconds']);
  });

  it('previousMonth gives the month before, in the same zone', () => {
    expect(previousMonth(NOVEMBER)).toEqual(OCTOBER);
    expect(previousMonth({ from: '2026-01-01', to: '2026-02-01', timeZone: 'America/Lima' })).toEqual({
      from: '2025-12-01',
      to: '2026-01-01',
      timeZone: 'America/Lima',
    });
  });
});
