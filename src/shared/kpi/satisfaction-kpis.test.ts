import { describe, expect, it } from 'vitest';
import { computeAllKpis } from './compute-all-kpis';
import type { KpiSurvey } from './kpi-input';
import { byId, desk, NOVEMBER, ticket, u } from './kpi.test-fixtures';

const survey = (sentAt: string, score: number | null, respondedAt = sentAt): KpiSurvey => ({
  sentAt: u(sentAt),
  rating: score === null ? null : { score, comment: null, respondedAt: u(respondedAt) },
});
const resolvedBy = (id: string, day: string, agent: string, surveys: KpiSurvey[]) =>
  ticket(id, `${day} 09:00`, (h) => h.assign(`${day} 09:00`, agent).resolve(`${day} 10:00`, agent), { surveys });

const tickets = [
  resolvedBy('T1', '11-02', 'ana', [survey('11-02 12:00', 5, '11-03 09:00')]),
  resolvedBy('T2', '11-05', 'ana', [survey('11-05 12:00', 4, '11-06 09:00')]),
  resolvedBy('T3', '11-06', 'ana', [survey('11-06 12:00', 2, '11-07 09:00')]),
  resolvedBy('T4', '11-09', 'ana', [survey('11-09 12:00', null)]), // not answered
  // Sent in October, answered in November: the rating counts in November, the survey in October.
  resolvedBy('T5', '2026-10-30', 'bob', [survey('2026-10-30 12:00', 1, '11-02 09:00')]),
  // Sent in November, answered in December: answered for November's response rate, rating in December.
  resolvedBy('T6', '11-27', 'ana', [survey('11-27 12:00', 5, '12-02 09:00')]),
];

describe('satisfaction', () => {
  it('CSAT, mean rating and response rate', () => {
    const report = computeAllKpis(desk(tickets), { period: NOVEMBER });
    const k = byId(report);
    // Ratings answered in November: 5 (T1), 4 (T2), 2 (T3), 1 (T5). CSAT = 2 of 4 = 50 %; mean 12 / 4 = 3.
    expect(k['satisfaction.csat']).toEqual({ value: 50, n: 4 });
    expect(k['satisfaction.mean']).toEqual({ value: 3, n: 4 });
    // Surveys sent in November: T1, T2, T3, T4, T6 = 5; answered T1, T2, T3, T6 = 4 → 80 %.
    expect(k['satisfaction.response_rate']).toEqual({ value: 80, n: 5 });
    // Per agent (resolver): ana 5, 4, 2 → 2 of 3 = 66.67 %; bob 1 → 0 %.
    const rows = Object.fromEntries(report.agents.map((a) => [a.agentId, a]));
    expect(rows.ana).toMatchObject({ csat: 66.67, ratings: 3 });
    expect(rows.bob).toMatchObject({ csat: 0, ratings: 1 });
  });

  it('no ratings: no value', () => {
    const k = byId(computeAllKpis(desk([tickets[3]!]), { period: NOVEMBER }));
    expect(k['satisfaction.csat']).toEqual({ value: null, n: 0 });
    expect(k['satisfaction.response_rate']).toEqual({ value: 0, n: 1 });
  });
});
