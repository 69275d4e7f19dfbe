import { describe, expect, it } from 'vitest';
import { computeAllKpis } from './compute-all-kpis';
import { byId, desk, NOVEMBER, ticket } from './kpi.test-fixtures';

// Business minutes on `office` (UTC Mon–Fri 09–17). First response = first public agent comment or
// first move out of `new` by an agent; start of attention = first move to in_progress by an agent.
const tickets = [
  // A1 email: created Mon 11-02 09:00; public reply 09:45 (FR 45); in progress 10:00 (start 60);
  // resolved 12:00 by ana with 300 s + 120 s of documentation = 7 min.
  ticket('A1', '11-02 09:00', (h) =>
    h
      .assign('11-02 09:00', 'ana')
      .comment('11-02 09:45', 'ana')
      .move('11-02 10:00', 'in_progress', 'ana')
      .document('11-02 11:00', 'ana', 300)
      .document('11-02 11:55', 'ana', 120)
      .resolve('11-02 12:00', 'ana'),
  ),
  // A2 portal: created Fri 11-06 16:00; moved to in progress Mon 11-09 10:00: FR = start = 60 + 60 = 120;
  // resolved 11:00 with 600 s of documentation = 10 min.
  ticket(
    'A2',
    '11-06 16:00',
    (h) => h.assign('11-06 16:00', 'ana').move('11-09 10:00', 'in_progress', 'ana').document('11-09 10:50', 'ana', 600).resolve('11-09 11:00', 'ana'),
    { channel: 'portal' },
  ),
  // A3 chat: created Tue 11-03 09:00; the requester's comment (09:05) and an internal note (09:10) are not
  // responses; public reply 09:20 → FR 20. Never moved to in progress. Handed to bob at 13:00, who
  // resolves at 15:00 without documentation time.
  ticket(
    'A3',
    '11-03 09:00',
    (h) =>
      h
        .assign('11-03 09:00', 'ana')
        .comment('11-03 09:05', 'req-1')
        .comment('11-03 09:10', 'ana', 'internal')
        .comment('11-03 09:20', 'ana')
        .assign('11-03 13:00', 'bob')
        .resolve('11-03 15:00', 'bob'),
    { channel: 'chat' },
  ),
  // A4 phone: not an "other contact" (calls measure it); start of attention at once → 0.
  ticket('A4', '11-04 09:00', (h) => h.assign('11-04 09:00', 'ana').move('11-04 09:00', 'in_progress', 'ana'), { channel: 'phone' }),
  // A5 email: created Mon 11-30 16:00, first reply Tue 12-01 09:30 → December, not in November.
  ticket('A5', '11-30 16:00', (h) => h.assign('11-30 16:00', 'ana').comment('12-01 09:30', 'ana')),
  // A6 email: created Tue 11-10 09:00; an automation (`system…`) moves it to in progress at 09:01 — not an
  // agent; ana replies publicly at 11:00 → FR 120; no start of attention by an agent.
  ticket('A6', '11-10 09:00', (h) => h.move('11-10 09:01', 'in_progress', 'system-rules').comment('11-10 11:00', 'ana')),
];

describe('answer time (other contacts), start of attention, documentation time', () => {
  const report = computeAllKpis(desk(tickets), { period: NOVEMBER });
  const k = byId(report);

  it('answer time for email, chat and portal', () => {
    // A1 45, A2 120, A3 20, A6 120 → mean 305 / 4 = 76.25; longest 120.
    expect(k['answer_time.contacts.avg']).toEqual({ value: 76.25, n: 4 });
    expect(k['answer_time.contacts.max']).toEqual({ value: 120, n: 4 });
  });

  it('time to start attention, any channel, by an agent only', () => {
    // A1 60, A2 120, A4 0 → 180 / 3 = 60.
    expect(k['start_attention.avg']).toEqual({ value: 60, n: 3 });
  });

  it('documentation time over documented resolved tickets', () => {
    // A1 7 min, A2 10 min (A3 has no measurement) → 8.5.
    expect(k['documentation_time.avg']).toEqual({ value: 8.5, n: 2 });
  });

  it('per-agent handling from when the resolver received the ticket', () => {
    const rows = Object.fromEntries(report.agents.map((a) => [a.agentId, a]));
    // ana: A1 09:00 → 12:00 = 180; A2 Fri 16:00 → Mon 11:00 = 60 + 120 = 180 → 180. Documentation 8.5 over 2.
    expect(rows.ana).toMatchObject({ handled: 2, avgHandlingBusinessMinutes: 180, avgDocumentationMinutes: 8.5, documented: 2 });
    // bob received A3 at 13:00 and resolved it at 15:00 → 120; no documentation measured.
    expect(rows.bob).toMatchObject({ handled: 1, avgHandlingBusinessMinutes: 120, avgDocumentationMinutes: null, documented: 0 });
    // Open load at the end of November: A4 (in progress) and A5 (new) are ana's → 2. A6 has no assignee.
    expect(rows.ana!.openLoad).toBe(2);
  });
});
