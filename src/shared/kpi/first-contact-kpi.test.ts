import { describe, expect, it } from 'vitest';
import { computeAllKpis } from './compute-all-kpis';
import { byId, desk, NOVEMBER, ticket } from './kpi.test-fixtures';

// First-contact resolution reuses assessFirstContact (src/shared/workflow); these fixtures check how
// the KPI applies it. Agent `ana` (N1), specialist `bob` (N2).
const tickets = [
  // F1: clean, flagged first contact → FCR.
  ticket('F1', '11-03 09:00', (h) => h.assign('11-03 09:00', 'ana').move('11-03 09:01', 'in_progress', 'ana').resolve('11-03 09:20', 'ana', true)),
  // F2: escalated to bob in group g-n2, bob resolves and flags "first contact": the history breaks it
  // (escalated, transferred, reassigned, resolved by another agent) → not FCR.
  ticket('F2', '11-03 10:00', (h) =>
    h
      .assign('11-03 10:00', 'ana')
      .move('11-03 10:01', 'in_progress', 'ana')
      .escalate('11-03 10:30', 'ana', 'bob', 'g-n2')
      .resolve('11-03 15:00', 'bob', true),
  ),
  // F3: flagged, but the requester rejected the resolution and it was resolved again → not FCR.
  ticket('F3', '11-04 09:00', (h) =>
    h
      .assign('11-04 09:00', 'ana')
      .move('11-04 09:01', 'in_progress', 'ana')
      .resolve('11-04 09:30', 'ana', true)
      .move('11-04 11:00', 'in_progress', 'req-1')
      .resolve('11-04 12:00', 'ana', true),
  ),
  // F4 (email): first reply 09:01 (move out of new), waited for the requester, resolved 14:51, flagged.
  // Strict: not FCR (waited). Email window 12 h: 5 h 50 min after the first reply, only "waited" → FCR.
  ticket('F4', '11-05 09:00', (h) =>
    h
      .assign('11-05 09:00', 'ana')
      .move('11-05 09:01', 'in_progress', 'ana')
      .move('11-05 09:10', 'pending_requester', 'ana')
      .move('11-05 13:00', 'in_progress', 'req-1')
      .resolve('11-05 14:51', 'ana', true),
  ),
  // F5 (email): clean history, agent said "not first contact", resolved 2 h after the first reply.
  // Strict: not FCR (agent_said_no). Email window: FCR.
  ticket('F5', '11-06 09:00', (h) => h.assign('11-06 09:00', 'ana').move('11-06 09:05', 'in_progress', 'ana').resolve('11-06 11:05', 'ana', false)),
  // F6 (chat): waited, flagged. Not FCR in either rule (the window is for email only).
  ticket(
    'F6',
    '11-09 09:00',
    (h) =>
      h
        .assign('11-09 09:00', 'ana')
        .move('11-09 09:01', 'in_progress', 'ana')
        .move('11-09 09:02', 'pending_requester', 'ana')
        .move('11-09 09:30', 'in_progress', 'req-1')
        .resolve('11-09 10:00', 'ana', true),
    { channel: 'chat' },
  ),
  // F7 (email): waited, resolved 48 h after the first reply: outside a 12 h window → not FCR either way.
  ticket('F7', '11-10 09:00', (h) =>
    h
      .assign('11-10 09:00', 'ana')
      .move('11-10 09:00', 'in_progress', 'ana')
      .move('11-10 09:30', 'pending_requester', 'ana')
      .move('11-11 09:00', 'in_progress', 'req-1')
      .resolve('11-12 09:00', 'ana', true),
  ),
  // Open ticket: not in the denominator.
  ticket('F8', '11-11 09:00', (h) => h.assign('11-11 09:00', 'ana')),
];

describe('first-contact resolution %', () => {
  it('strict rule: 1 of 7 resolved (F1) = 14.29 %', () => {
    const report = computeAllKpis(desk(tickets), { period: NOVEMBER });
    expect(byId(report)['first_contact_resolution.rate']).toEqual({ value: 14.29, n: 7 });
    // Per agent: ana resolved F1, F3–F7 (6) with 1 FCR → 16.67 %; bob resolved F2 → 0 %.
    const rows = Object.fromEntries(report.agents.map((a) => [a.agentId, a]));
    expect(rows.ana).toMatchObject({ handled: 6, fcrRate: 16.67 });
    expect(rows.bob).toMatchObject({ handled: 1, fcrRate: 0 });
    // Why not: F2 escalated/transferred/reassigned/other resolver; F3 reopened; F4, F6, F7 waited;
    // F5 agent said no.
    expect(report.firstContactBreaks).toEqual({
      not_resolved: 0,
      not_recorded: 0,
      agent_said_no: 1,
      escalated: 1,
      transferred: 1,
      reassigned: 1,
      waited: 3,
      reopened: 1,
      resolved_by_other_agent: 1,
    });
  });

  it('escalated then resolved is never first contact, even when flagged', () => {
    const k = byId(computeAllKpis(desk([tickets[1]!]), { period: NOVEMBER }));
    expect(k['first_contact_resolution.rate']).toEqual({ value: 0, n: 1 });
  });

  it('email window variant (12 h): F1, F4, F5 of 7 = 42.86 %', () => {
    const k = byId(computeAllKpis(desk(tickets), { period: NOVEMBER }, { fcrEmailWindowHours: 12 }));
    expect(k['first_contact_resolution.rate']).toEqual({ value: 42.86, n: 7 });
  });

  it('no resolved tickets: no value', () => {
    const k = byId(computeAllKpis(desk([tickets[7]!]), { period: NOVEMBER }));
    expect(k['first_contact_resolution.rate']).toEqual({ value: null, n: 0 });
  });
});
