import { describe, expect, it } from 'vitest';
import type { SlaPolicy } from '../sla/index';
import { slaClock } from '../sla/index';
import { computeAllKpis } from './compute-all-kpis';
import type { KpiTicket } from './kpi-input';
import { byId, desk, NOVEMBER, NOW, OFFICE, ticket } from './kpi.test-fixtures';
import { slaTargetsFromClock } from './sla-compliance-kpi';

// Policy: first response 60 and resolution 480 business minutes on `office` (UTC Mon–Fri 09–17);
// pending_requester pauses the clock (the default pausing rule).
const policy: SlaPolicy = {
  id: 'p',
  name: 'standard',
  match: {},
  targets: { firstResponseMinutes: 60, resolutionMinutes: 480 },
  thresholds: { warning: 0.75, critical: 0.9 },
  calendarId: 'office',
};

/** The producer's step: run the real SLA clock and attach its outcomes. */
function withClock(t: KpiTicket): KpiTicket {
  const result = slaClock({ ticket: t, events: t.events, policies: [policy], calendars: { office: OFFICE }, now: NOW }, { explain: false });
  return { ...t, slaTargets: slaTargetsFromClock(result) };
}

const tickets = [
  // P, pause-heavy: created Mon 11-02 09:00, first response 09:30 (30 ≤ 60: met), waits for the requester
  // from Mon 10:00 to Thu 11-05 10:00 (paused), resolved Thu 16:00. Resolution elapsed = Mon 09–10 (60)
  // + Thu 10–16 (360) = 420 ≤ 480: met at 11-05 16:00. Without the pause it would be 4 days late.
  ticket('P', '11-02 09:00', (h) =>
    h
      .assign('11-02 09:00', 'ana')
      .move('11-02 09:30', 'in_progress', 'ana')
      .move('11-02 10:00', 'pending_requester', 'ana')
      .move('11-05 10:00', 'in_progress', 'req-1')
      .resolve('11-05 16:00', 'ana'),
  ),
  // Q: created Mon 11-09 09:00, first response 10:30 (90 > 60: breached at its due 10:00); resolved Tue
  // 11-10 13:00 = 480 + 240 = 720 > 480: breached at its due, Mon 11-09 17:00.
  ticket('Q', '11-09 09:00', (h) => h.assign('11-09 09:00', 'ana').move('11-09 10:30', 'in_progress', 'ana').resolve('11-10 13:00', 'ana')),
  // S: created Mon 11-30 14:00, first response 14:10 (met in November); resolution due Tue 12-01 14:00,
  // resolved Tue 11:00: met, but decided in December.
  ticket('S', '11-30 14:00', (h) => h.assign('11-30 14:00', 'ana').move('11-30 14:10', 'in_progress', 'ana').resolve('12-01 11:00', 'ana')),
  // C: cancelled by the requester 20 minutes in, before any agent response: both targets not applicable.
  ticket('C', '11-16 09:00', (h) => h.move('11-16 09:20', 'cancelled', 'req-1')),
].map(withClock);

describe('SLA compliance %', () => {
  it('counts targets decided in the period, per target type, with the clock’s pauses', () => {
    const k = byId(computeAllKpis(desk(tickets), { period: NOVEMBER }));
    // First response: P met, Q breached, S met (C not applicable) → 2 / 3 = 66.67 %.
    expect(k['sla.first_response.compliance']).toEqual({ value: 66.67, n: 3 });
    // Resolution: P met (thanks to the pause), Q breached; S decided in December → 1 / 2 = 50 %.
    expect(k['sla.resolution.compliance']).toEqual({ value: 50, n: 2 });
    // No next-update target in the policy.
    expect(k['sla.next_update.compliance']).toEqual({ value: null, n: 0 });
    // All: 3 met of 5 = 60 %.
    expect(k['sla.compliance']).toEqual({ value: 60, n: 5 });
  });

  it('December gets the target decided in December', () => {
    const k = byId(computeAllKpis(desk(tickets), { period: { from: '2026-12-01', to: '2027-01-01', timeZone: 'UTC' } }));
    // S's resolution met on 12-01 → 1 / 1 = 100 %; no first response decided in December.
    expect(k['sla.resolution.compliance']).toEqual({ value: 100, n: 1 });
    expect(k['sla.first_response.compliance']).toEqual({ value: null, n: 0 });
  });

  it('takes the clock’s own outcome for the pause-heavy ticket', () => {
    expect(tickets[0]!.slaTargets).toEqual([
      { target: 'first_response', state: 'met', completedAt: '2026-11-02T09:30:00Z', breachedAt: null, applicable: true },
      { target: 'resolution', state: 'met', completedAt: '2026-11-05T16:00:00Z', breachedAt: null, applicable: true },
    ]);
    expect(tickets[3]!.slaTargets.every((t) => !t.applicable)).toBe(true);
  });
});
