import { describe, expect, it } from 'vitest';
import { computeAllKpis } from './compute-all-kpis';
import { byId, desk, NOVEMBER, ticket } from './kpi.test-fixtures';
import { repeatedIncidentCategories } from './repeated-incident-categories';

const by = (requesterId: string, categoryId: string, extra: object = {}) => ({ requesterId, categoryId, ...extra });

// Window 30 days (default). Problem PR1 has incidents I7 and I8.
const tickets = [
  ticket('I0', '2026-10-20 09:00', undefined, by('req-x', 'cat-print')), // October: look-back only
  ticket('I1', '11-10 09:00', undefined, by('req-x', 'cat-print')), // I0 21 days before → repeated
  ticket('I2', '11-12 09:00', undefined, by('req-y', 'cat-print')), // first of req-y/print
  ticket('I3', '11-20 09:00', undefined, by('req-y', 'cat-print')), // I2 8 days before → repeated
  ticket('I4', '2026-10-01 09:00', undefined, by('req-z', 'cat-net')), // look-back
  ticket('I5', '11-05 09:00', undefined, by('req-z', 'cat-net')), // I4 35 days before: outside the window
  ticket(
    'I6',
    '11-06 09:00',
    (h) => h.assign('11-06 09:00', 'ana').resolve('11-06 10:00', 'ana').move('11-07 09:00', 'in_progress', 'req-w'),
    by('req-w', 'cat-net'),
  ), // reopened → repeated
  ticket('I7', '11-03 09:00', undefined, by('req-v', 'cat-net', { problemId: 'PR1' })), // PR1's first incident
  ticket('I8', '11-13 09:00', undefined, by('req-u', 'cat-print', { problemId: 'PR1' })), // PR1 already had I7 → repeated
  ticket('I9', '11-24 09:00', (h) => h.move('11-24 09:05', 'cancelled', 'ana'), by('req-q', 'cat-net')), // cancelled: ignored
  ticket('I10', '11-25 09:00', undefined, by('req-q', 'cat-net')), // only the cancelled I9 before → not repeated
  ticket('R1', '11-21 09:00', undefined, by('req-y', 'cat-print', { type: 'request' })), // requests are not incidents
  // Problems. PR1: created 11-14 09:00, root cause recorded 11-16 09:00.
  ticket('PR1', '11-14 09:00', (h) => h.rootCause('11-16 09:00', 'bob'), { type: 'problem' }),
  // PR2: closed in October → not a problem of November.
  ticket('PR2', '2026-10-05 09:00', (h) => h.resolve('2026-10-19 09:00', 'bob').move('2026-10-20 09:00', 'closed', 'bob'), {
    type: 'problem',
  }),
  // PR3: opened proactively in November, no incident yet.
  ticket('PR3', '11-20 09:00', undefined, { type: 'problem' }),
];

describe('repeated incidents', () => {
  it('count and rate over the incidents opened in the period', () => {
    const report = computeAllKpis(desk(tickets), { period: NOVEMBER });
    const k = byId(report);
    // Incidents opened in November, not cancelled: I1, I2, I3, I5, I6, I7, I8, I10 = 8.
    // Repeated: I1 and I3 (same requester + category), I6 (reopened), I8 (problem already had I7) = 4 → 50 %.
    expect(k['repeated_incidents.count']).toEqual({ value: 4, n: 8 });
    expect(k['repeated_incidents.rate']).toEqual({ value: 50, n: 8 });
    // Totals count incidents and requests, not problems: I1–I3, I5–I10 (9, the cancelled one too) + R1 = 10.
    expect(k['tickets.opened']).toEqual({ value: 10, n: 10 });
  });

  it('a shorter window drops the 21-day repeat', () => {
    // Window 10 days: I1 (21 days after I0) no longer repeats; I3 (8 days) still does → 3 of 8 = 37.5 %.
    const k = byId(computeAllKpis(desk(tickets), { period: NOVEMBER }, { repeatWindowDays: 10 }));
    expect(k['repeated_incidents.rate']).toEqual({ value: 37.5, n: 8 });
  });

  it('ranks the categories with most repeated incidents (problem candidates)', () => {
    // cat-print: I1, I2, I3, I8 opened, I1, I3, I8 repeated; cat-net: I5, I6, I7, I10 opened, I6 repeated.
    expect(repeatedIncidentCategories(desk(tickets), { period: NOVEMBER })).toEqual([
      { categoryId: 'cat-print', repeated: 3, incidents: 4, sampleTicketIds: ['I1', 'I3', 'I8'] },
      { categoryId: 'cat-net', repeated: 1, incidents: 4, sampleTicketIds: ['I6'] },
    ]);
  });
});

describe('problem KPIs', () => {
  it('incidents per problem, time to identification and to root cause', () => {
    const report = computeAllKpis(desk(tickets), { period: NOVEMBER });
    const k = byId(report);
    // Problems of November: PR1 (2 incidents) and PR3 (0); PR2 closed in October. Mean (2 + 0) / 2 = 1.
    expect(k['incidents_per_problem.mean']).toEqual({ value: 1, n: 2 });
    expect(report.incidentsPerProblem).toEqual([
      { problemId: 'PR1', incidents: 2 },
      { problemId: 'PR3', incidents: 0 },
    ]);
    // PR1: first linked incident I7 11-03 09:00 → problem created 11-14 09:00 = 11 days = 264 h.
    expect(k['problem_identification.avg']).toEqual({ value: 264, n: 1 });
    // Root cause recorded 11-16 09:00: 13 days after I7 = 312 h.
    expect(k['problem_root_cause.avg']).toEqual({ value: 312, n: 1 });
  });
});
