import { describe, expect, it } from 'vitest';
import { computeAllKpis } from './compute-all-kpis';
import { byId, call, desk, NOVEMBER, plus } from './kpi.test-fixtures';

// Waits measured from queue entry. T = 20 s and short abandon < 5 s unless the test says otherwise.
const E = '11-02 10:00';
const calls = [
  call('c1', E, { answeredAt: plus(E, 10), endedAt: plus(E, 310), agentId: 'ana' }), // answered at 10 s, talk 300 s
  call('c2', E, { answeredAt: plus(E, 20), endedAt: plus(E, 140), agentId: 'ana' }), // answered at exactly T: within; talk 120 s
  call('c3', E, { answeredAt: plus(E, 45), endedAt: plus(E, 105), agentId: 'bob' }), // answered at 45 s; talk 60 s
  call('c4', E, { abandonedAt: plus(E, 3) }), // short abandon (3 s < 5 s)
  call('c5', E, { abandonedAt: plus(E, 30) }),
  call('c6', E, { abandonedAt: plus(E, 60) }),
  call('c7', E, { endedAt: plus(E, 300) }), // timed out unanswered: offered, not abandoned
  call('c8', E), // still waiting: left out
  call('c9', '2026-10-30 10:00', { answeredAt: plus('2026-10-30 10:00', 5) }), // October
];

describe('call KPIs', () => {
  it('counts, ASA and longest answer, with the default variants', () => {
    const report = computeAllKpis(desk([], calls), { period: NOVEMBER });
    const k = byId(report);
    // Offered c1–c7 = 7; answered 3; abandons 3 of which 1 short.
    expect(k['calls.offered']).toEqual({ value: 7, n: 7 });
    expect(k['calls.answered']).toEqual({ value: 3, n: 7 });
    expect(k['calls.short_abandoned']).toEqual({ value: 1, n: 7 });
    // exclude_short: abandoned = 3 − 1 = 2; rate 2 / (7 − 1) = 33.33 % over 6.
    expect(k['calls.abandoned']).toEqual({ value: 2, n: 7 });
    expect(k['calls.abandoned_rate']).toEqual({ value: 33.33, n: 6 });
    // Within 20 s: c1, c2 → 2 / 7 offered = 28.57 %.
    expect(k['calls.service_level']).toEqual({ value: 28.57, n: 7 });
    // ASA (10 + 20 + 45) / 3 = 25 s; longest 45 s.
    expect(k['answer_time.calls.avg']).toEqual({ value: 25, n: 3 });
    expect(k['answer_time.calls.max']).toEqual({ value: 45, n: 3 });
    // Per agent: ana 2 calls, talk (300 + 120) / 2 = 210 s; bob 1 call, 60 s.
    const rows = Object.fromEntries(report.agents.map((a) => [a.agentId, a]));
    expect(rows.ana).toMatchObject({ callsAnswered: 2, avgTalkSeconds: 210 });
    expect(rows.bob).toMatchObject({ callsAnswered: 1, avgTalkSeconds: 60 });
  });

  it('abandonment counting variants', () => {
    const rate = (abandonment: 'exclude_short' | 'short_not_abandoned' | 'include_short') =>
      byId(computeAllKpis(desk([], calls), { period: NOVEMBER }, { abandonment }));
    // short_not_abandoned: 2 / 7 = 28.57 %.
    expect(rate('short_not_abandoned')['calls.abandoned_rate']).toEqual({ value: 28.57, n: 7 });
    // include_short: 3 / 7 = 42.86 %, and the count is 3.
    expect(rate('include_short')['calls.abandoned_rate']).toEqual({ value: 42.86, n: 7 });
    expect(rate('include_short')['calls.abandoned']).toEqual({ value: 3, n: 7 });
  });

  it('service-level denominators and thresholds', () => {
    const k = (options: object) => byId(computeAllKpis(desk([], calls), { period: NOVEMBER }, options));
    // answered: 2 / 3 = 66.67 %; offered minus short abandons: 2 / 6 = 33.33 %.
    expect(k({ serviceLevelDenominator: 'answered' })['calls.service_level']).toEqual({ value: 66.67, n: 3 });
    expect(k({ serviceLevelDenominator: 'offered_minus_short_abandons' })['calls.service_level']).toEqual({ value: 33.33, n: 6 });
    // T = 10 s: only c1 → 1 / 7 = 14.29 %.
    expect(k({ serviceLevelSeconds: 10 })['calls.service_level']).toEqual({ value: 14.29, n: 7 });
    // Short threshold 2 s: the 3 s abandon is a real one → 3 / 7 = 42.86 %.
    expect(k({ shortAbandonSeconds: 2 })['calls.abandoned_rate']).toEqual({ value: 42.86, n: 7 });
  });

  it('no calls: counts are 0 and rates and times have no value', () => {
    const k = byId(computeAllKpis(desk([]), { period: NOVEMBER }));
    expect(k['calls.offered']).toEqual({ value: 0, n: 0 });
    expect(k['calls.abandoned_rate']).toEqual({ value: null, n: 0 });
    expect(k['calls.service_level']).toEqual({ value: null, n: 0 });
    expect(k['answer_time.calls.avg']).toEqual({ value: null, n: 0 });
  });

  it('all abandoned: 100 % abandoned, 0 % service level, no answer time', () => {
    const all = [10, 20, 30].map((s, i) => call(`a${i}`, E, { abandonedAt: plus(E, s) }));
    const k = byId(computeAllKpis(desk([], all), { period: NOVEMBER }));
    expect(k['calls.abandoned_rate']).toEqual({ value: 100, n: 3 });
    expect(k['calls.service_level']).toEqual({ value: 0, n: 3 });
    expect(k['answer_time.calls.avg']).toEqual({ value: null, n: 0 });
  });

  it('filters: a channel filter without phone drops calls; an agent filter keeps that agent’s calls', () => {
    expect(byId(computeAllKpis(desk([], calls), { period: NOVEMBER, channels: ['email'] }))['calls.offered']!.value).toBe(0);
    // ana answered c1 and c2; abandoned calls have no agent.
    const ana = byId(computeAllKpis(desk([], calls), { period: NOVEMBER, agentIds: ['ana'] }));
    expect(ana['calls.offered']).toEqual({ value: 2, n: 2 });
    expect(ana['answer_time.calls.avg']).toEqual({ value: 15, n: 2 });
  });
});
