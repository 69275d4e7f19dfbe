import { describe, expect, it } from 'vitest';
import { slaClock } from './clock';
import {
  AGENT,
  at,
  comment,
  created,
  history,
  input,
  moved,
  POLICIES,
  prioritized,
  REQUESTER,
  standard,
  T0,
} from './clock.test-fixtures';
import type { SlaPolicy } from './policy-schema';

// Unless said otherwise: 24×7 UTC calendar, "Standard" policy (first response 60 min, resolution
// 480 min, thresholds 75 % / 90 %), ticket created at T0 by the requester. Minutes are business minutes.

function newTicket() {
  const h = history();
  h.add(T0, created(), REQUESTER);
  return h;
}

describe('slaClock — first response', () => {
  it('runs from creation: 30 of 60 min elapsed, warning next at 45 min', () => {
    const clock = slaClock(input(newTicket().events, at(30)));
    const target = clock.targets.firstResponse!;
    expect(target).toMatchObject({
      state: 'running',
      level: 'none',
      elapsedSeconds: 1800,
      remainingSeconds: 1800,
      dueAt: at(60),
      nextTransitionAt: at(45),
      nextLevel: 'warning',
      breachedAt: null,
    });
    expect(clock.policyId).toBe('p-standard');
  });

  it('is at warning from 75 %, next is critical at 90 % (54 min)', () => {
    const target = slaClock(input(newTicket().events, at(46))).targets.firstResponse!;
    expect(target).toMatchObject({ state: 'warning', level: 'warning', nextTransitionAt: at(54), nextLevel: 'critical' });
  });

  it('reaches warning exactly at the threshold instant (45 min)', () => {
    const target = slaClock(input(newTicket().events, at(45))).targets.firstResponse!;
    expect(target).toMatchObject({ state: 'warning', level: 'warning' });
  });

  it('at critical the next transition is the breach at the due time', () => {
    const target = slaClock(input(newTicket().events, at(55))).targets.firstResponse!;
    expect(target).toMatchObject({ state: 'warning', level: 'critical', nextTransitionAt: at(60), nextLevel: 'breach' });
  });

  it('is breached once the due time passes without a response; remaining goes negative', () => {
    const target = slaClock(input(newTicket().events, at(70))).targets.firstResponse!;
    expect(target).toMatchObject({
      state: 'breached',
      level: 'breach',
      breachedAt: at(60),
      dueAt: at(60),
      elapsedSeconds: 4200,
      remainingSeconds: -600,
      nextTransitionAt: null,
    });
  });

  it('is met by a public agent comment', () => {
    const h = newTicket();
    h.add(at(20), comment('public'));
    const target = slaClock(input(h.events, at(90))).targets.firstResponse!;
    expect(target).toMatchObject({ state: 'met', completedAt: at(20), elapsedSeconds: 1200, nextTransitionAt: null });
  });

  it('ignores internal notes and the requester’s own comments', () => {
    const h = newTicket();
    h.add(at(10), comment('internal'));
    h.add(at(15), comment('public'), REQUESTER);
    const target = slaClock(input(h.events, at(30))).targets.firstResponse!;
    expect(target.state).toBe('running');
    expect(target.completedAt).toBeNull();
  });

  it('is met by an agent moving the ticket out of "new"', () => {
    const h = newTicket();
    h.add(at(10), moved('new', 'in_progress'));
    expect(slaClock(input(h.events, at(30))).targets.firstResponse).toMatchObject({ state: 'met', completedAt: at(10) });
  });

  it('a move out of "new" by a system actor is not a response', () => {
    const h = newTicket();
    h.add(at(10), moved('new', 'in_progress'), 'system:auto-triage');
    expect(slaClock(input(h.events, at(30))).targets.firstResponse!.state).toBe('running');
  });

  it('a response after the due time is breached, keeping both instants', () => {
    const h = newTicket();
    h.add(at(75), comment('public'));
    const target = slaClock(input(h.events, at(90))).targets.firstResponse!;
    expect(target).toMatchObject({ state: 'breached', breachedAt: at(60), completedAt: at(75) });
  });

  it('a response exactly at the due time is met', () => {
    const h = newTicket();
    h.add(at(60), comment('public'));
    expect(slaClock(input(h.events, at(90))).targets.firstResponse!.state).toBe('met');
  });
});

describe('slaClock — pauses', () => {
  // in progress at 10, waiting on the requester 100 → 160: 60 paused minutes.
  function withPause() {
    const h = newTicket();
    h.add(at(10), moved('new', 'in_progress'));
    h.add(at(100), moved('in_progress', 'pending_requester'));
    h.add(at(160), moved('pending_requester', 'in_progress'), REQUESTER);
    return h;
  }

  it('waiting on the requester stops the resolution clock: 300 − 60 = 240 min elapsed, due at 540', () => {
    const clock = slaClock(input(withPause().events, at(300)));
    expect(clock.targets.resolution).toMatchObject({
      state: 'running',
      elapsedSeconds: 240 * 60,
      dueAt: at(540),
      nextTransitionAt: at(420), // 75 % of 480 = 360 elapsed → 120 more minutes
    });
    expect(clock.explanation!.pauses).toEqual([
      { from: at(100), to: at(160), status: 'pending_requester', actorId: AGENT, businessSeconds: 3600 },
    ]);
  });

  it('while paused: state paused, no next transition, due projected from now', () => {
    const h = newTicket();
    h.add(at(10), moved('new', 'in_progress'));
    h.add(at(100), moved('in_progress', 'pending_requester'));
    const clock = slaClock(input(h.events, at(200)));
    expect(clock.paused).toBe(true);
    expect(clock.targets.resolution).toMatchObject({
      state: 'paused',
      elapsedSeconds: 100 * 60,
      dueAt: at(200 + 380),
      nextTransitionAt: null,
    });
    expect(clock.nextTransitionAt).toBeNull();
    expect(clock.explanation!.items.map((i) => i.code)).toContain('clock.pause_open');
  });

  it('a breach that happened before the pause stays a breach', () => {
    const h = newTicket();
    h.add(at(100), moved('new', 'pending_requester'), AGENT);
    // The first response (move out of new at 100) came after its 60-min due.
    const target = slaClock(input(h.events, at(200))).targets.firstResponse!;
    expect(target).toMatchObject({ state: 'breached', breachedAt: at(60), completedAt: at(100) });
  });

  it('waiting on a third party keeps running when the contract makes it the provider’s', () => {
    const h = newTicket();
    h.add(at(10), moved('new', 'pending_third_party'));
    const contract = { id: 'k1', organizationId: 'org-acme', thirdPartyResponsibility: 'provider' as const };
    const clock = slaClock(input(h.events, at(100), { contract }));
    expect(clock.targets.resolution).toMatchObject({ state: 'running', elapsedSeconds: 6000 });
    expect(clock.explanation!.items.map((i) => i.code)).toContain('clock.third_party_runs');
  });

  it('waiting on a third party pauses when the contract makes it the client’s', () => {
    const h = newTicket();
    h.add(at(10), moved('new', 'pending_third_party'));
    const contract = { id: 'k1', organizationId: 'org-acme', thirdPartyResponsibility: 'client' as const };
    const clock = slaClock(input(h.events, at(100), { contract }));
    expect(clock.targets.resolution).toMatchObject({ state: 'paused', elapsedSeconds: 600 });
  });

  it('a policy’s own pausingStatuses override the defaults', () => {
    const strict: SlaPolicy = { ...standard, id: 'p-strict', pausingStatuses: [] };
    const h = newTicket();
    h.add(at(10), moved('new', 'pending_requester'));
    const clock = slaClock(input(h.events, at(100), { policies: [strict] }));
    expect(clock.targets.resolution).toMatchObject({ state: 'running', elapsedSeconds: 6000 });
  });
});

describe('slaClock — resolution, reopen, cancel', () => {
  it('resolving before the due time meets it and leaves nothing due', () => {
    const h = newTicket();
    h.add(at(10), moved('new', 'in_progress'));
    h.add(at(200), moved('in_progress', 'resolved'));
    const clock = slaClock(input(h.events, at(600), { ticket: { status: 'resolved' } }));
    expect(clock.targets.resolution).toMatchObject({ state: 'met', completedAt: at(200), elapsedSeconds: 12000 });
    expect(clock.nextDueAt).toBeNull();
    expect(clock.nextTransitionAt).toBeNull();
  });

  it('a reopen resumes the clock; time spent resolved does not count', () => {
    const h = newTicket();
    h.add(at(10), moved('new', 'in_progress'));
    h.add(at(200), moved('in_progress', 'resolved'));
    h.add(at(300), moved('resolved', 'in_progress'), REQUESTER);
    const clock = slaClock(input(h.events, at(400), { ticket: { status: 'in_progress' } }));
    // 200 before resolving + 100 since the reopen = 300 of 480 (warning comes at 360, i.e. at 460).
    expect(clock.targets.resolution).toMatchObject({
      state: 'running',
      elapsedSeconds: 300 * 60,
      completedAt: null,
      nextTransitionAt: at(460),
    });
    expect(clock.explanation!.items).toContainEqual({ code: 'clock.reopened', params: { at: at(300), from: at(200) } });
  });

  it('closing after resolution keeps the resolution instant', () => {
    const h = newTicket();
    h.add(at(10), moved('new', 'in_progress'));
    h.add(at(500), moved('in_progress', 'resolved'));
    h.add(at(900), moved('resolved', 'closed'), REQUESTER);
    const target = slaClock(input(h.events, at(1000), { ticket: { status: 'closed' } })).targets.resolution!;
    expect(target).toMatchObject({ state: 'breached', completedAt: at(500), breachedAt: at(480) });
  });

  it('cancelling before the due time leaves the target not applicable', () => {
    const h = newTicket();
    h.add(at(10), moved('new', 'in_progress'));
    h.add(at(100), moved('in_progress', 'cancelled'));
    const clock = slaClock(input(h.events, at(1000), { ticket: { status: 'cancelled' } }));
    expect(clock.targets.resolution).toMatchObject({ state: 'paused', applicable: false, elapsedSeconds: 6000 });
    expect(clock.nextDueAt).toBeNull();
    expect(clock.explanation!.items.at(-1)).toEqual({ code: 'clock.cancelled', params: { at: at(100) } });
  });

  it('cancelling after the due time keeps the breach', () => {
    const h = newTicket();
    h.add(at(90), moved('new', 'cancelled'));
    const target = slaClock(input(h.events, at(1000))).targets.firstResponse!;
    // Moving out of new is the response; it came after the 60-min due.
    expect(target).toMatchObject({ state: 'breached', breachedAt: at(60) });
  });
});

describe('slaClock — policy change mid-life', () => {
  // Created P3 (Standard: resolution 480), paused 30 → 60, raised to P1 (Urgent: resolution 240) at 100.
  function raisedToP1(raiseAt = 100) {
    const h = newTicket();
    h.add(at(10), moved('new', 'in_progress'));
    h.add(at(30), moved('in_progress', 'pending_requester'));
    h.add(at(60), moved('pending_requester', 'in_progress'), REQUESTER);
    h.add(at(raiseAt), prioritized('P3', 'P1'));
    return h;
  }

  it('the new targets apply to the elapsed time measured from creation with every pause', () => {
    const clock = slaClock(input(raisedToP1().events, at(150), { ticket: { priority: 'P1' } }));
    expect(clock.policyId).toBe('p-urgent');
    expect(clock.targets.resolution).toMatchObject({
      targetSeconds: 240 * 60,
      elapsedSeconds: 120 * 60, // 150 − 30 paused
      dueAt: at(270),
      state: 'running',
    });
  });

  it('neither loses nor double-counts pause time: elapsed equals the same history under the old policy', () => {
    const events = raisedToP1().events;
    const asP1 = slaClock(input(events, at(150), { ticket: { priority: 'P1' } }));
    const asP3 = slaClock(input(events.slice(0, -1), at(150)));
    expect(asP1.targets.resolution!.elapsedSeconds).toBe(asP3.targets.resolution!.elapsedSeconds);
    expect(asP1.explanation!.pauses).toEqual(asP3.explanation!.pauses);
  });

  it('explains the switch: from, to, when, why, and how it was handled', () => {
    const explanation = slaClock(input(raisedToP1().events, at(150), { ticket: { priority: 'P1' } })).explanation!;
    expect(explanation.policySwitches).toEqual([
      {
        at: at(100),
        fromPolicyId: 'p-standard',
        toPolicyId: 'p-urgent',
        field: 'priority',
        fromValue: 'P3',
        toValue: 'P1',
        actorId: AGENT,
      },
    ]);
    const codes = explanation.items.map((i) => i.code);
    expect(codes).toContain('clock.policy_switch');
    expect(codes).toContain('clock.policy_switch_handling');
  });

  it('a stricter policy can make an already-elapsed target breached at its historical due time', () => {
    const clock = slaClock(input(raisedToP1(300).events, at(320), { ticket: { priority: 'P1' } }));
    // 320 − 30 paused = 290 ≥ 240: due when 240 business minutes had run, i.e. at 270.
    expect(clock.targets.resolution).toMatchObject({ state: 'breached', breachedAt: at(270), elapsedSeconds: 290 * 60 });
  });

  it('a priority change that keeps the same policy records no switch', () => {
    const h = newTicket();
    h.add(at(10), prioritized('P3', 'P2'));
    const clock = slaClock(input(h.events, at(20), { ticket: { priority: 'P2' } }));
    expect(clock.explanation!.policySwitches).toEqual([]);
  });

  it('adds the next-update target of the new policy, running from the last public update', () => {
    const h = raisedToP1();
    h.add(at(110), comment('public'));
    const clock = slaClock(input(h.events, at(160), { ticket: { priority: 'P1' } }));
    expect(clock.targets.nextUpdate).toMatchObject({
      startedAt: at(110),
      elapsedSeconds: 50 * 60,
      state: 'warning', // 50 ≥ 45 (75 % of 60)
      nextTransitionAt: at(164), // critical at 54 min
    });
    expect(clock.nextTransitionAt).toBe(at(164));
  });
});

describe('slaClock — business calendar (Lima, Mon–Fri 08–13 and 14–18, UTC−5)', () => {
  it('a ticket opened Friday 17:30 uses the Saturday exception hours: due Saturday 09:30', () => {
    const h = history();
    h.add('2026-03-06T22:30:00Z', created(), REQUESTER); // Fri 17:30 Lima
    const clock = slaClock(
      input(h.events, '2026-03-07T15:00:00Z', {
        ticket: { organizationId: 'org-lima', createdAt: '2026-03-06T22:30:00Z' },
      }),
    );
    // 30 min on Friday; 2026-03-07 is a Saturday opened 09–11 by exception, so the other 30 min run out
    // at 09:30 Lima = 14:30Z; at 10:00 Lima it is breached.
    expect(clock.targets.firstResponse).toMatchObject({
      state: 'breached',
      dueAt: '2026-03-07T14:30:00Z',
      breachedAt: '2026-03-07T14:30:00Z',
      elapsedSeconds: 5400,
    });
    expect(clock.explanation!.calendar).toEqual({ id: 'lima', name: 'Lima office', timeZone: 'America/Lima' });
  });

  it('nights and the lunch break do not count; the next threshold is a business instant', () => {
    const h = history();
    h.add('2026-03-09T17:30:00Z', created(), REQUESTER); // Mon 12:30 Lima
    const clock = slaClock(
      input(h.events, '2026-03-09T19:10:00Z', {
        ticket: { organizationId: 'org-lima', createdAt: '2026-03-09T17:30:00Z' },
      }),
    );
    // 12:30–13:00 (30) + lunch + 14:00–14:10 (10) = 40 min; warning at 45 → 14:15 Lima = 19:15Z.
    expect(clock.targets.firstResponse).toMatchObject({
      elapsedSeconds: 2400,
      nextTransitionAt: '2026-03-09T19:15:00Z',
      dueAt: '2026-03-09T19:30:00Z',
    });
  });
});

describe('slaClock — edges', () => {
  it('without any applicable policy there is no clock, and the explanation says so', () => {
    const clock = slaClock(input(newTicket().events, at(10), { policies: [POLICIES[1]!] }));
    expect(clock.targets).toEqual({ firstResponse: null, nextUpdate: null, resolution: null });
    expect(clock.explanation!.items).toEqual([{ code: 'clock.no_policy', params: {} }]);
  });

  it('a policy whose calendar is missing yields no clock and names the calendar', () => {
    const clock = slaClock(input(newTicket().events, at(10), { calendars: {} }));
    expect(clock.policyId).toBe('p-standard');
    expect(clock.explanation!.items.at(-1)).toEqual({ code: 'clock.calendar_missing', params: { calendarId: 'utc' } });
  });

  it('explain: false gives the same targets without an explanation', () => {
    const events = newTicket().events;
    const full = slaClock(input(events, at(30)));
    const lean = slaClock(input(events, at(30)), { explain: false });
    expect(lean.explanation).toBeNull();
    expect(lean.targets).toEqual(full.targets);
  });

  it('an event stamped before the previous one (offline clock) is clamped, never running backwards', () => {
    const h = newTicket();
    h.add(at(50), moved('new', 'pending_requester'));
    h.add(at(40), moved('pending_requester', 'in_progress'), REQUESTER);
    const clock = slaClock(input(h.events, at(100)));
    expect(clock.targets.resolution!.elapsedSeconds).toBe(100 * 60);
  });

  it('nextDueAt is the earliest due time of the targets still open', () => {
    const clock = slaClock(input(newTicket().events, at(10)));
    expect(clock.nextDueAt).toBe(at(60));
    expect(clock.nextTransitionAt).toBe(at(45));
  });

  it('accepts calendars as a Map', () => {
    const clock = slaClock(input(newTicket().events, at(10), { calendars: new Map(Object.entries(input([], T0).calendars)) }));
    expect(clock.targets.firstResponse!.dueAt).toBe(at(60));
  });
});
