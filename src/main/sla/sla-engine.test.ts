import { afterEach, describe, expect, it, vi } from 'vitest';
import { FIXTURE_NOW } from '../store/testing/create-test-store';
import { advance, createEngineFixture, MINUTE, type EngineFixture } from './sla-engine.test-fixtures';

// Every fixture: 24×7 UTC calendar; a P3 ticket created at FIXTURE_NOW (15:00Z) and assigned to Ana, who
// sits at this workstation. First response 60 min → warning at 45 min (15:45), critical at 54, breach at
// 60. Alerts repeat every 2 minutes.

const T0 = Date.parse(FIXTURE_NOW);
const iso = (minutes: number): string => new Date(T0 + minutes * MINUTE).toISOString().replace('.000Z', 'Z');

async function alertEvents(fixture: EngineFixture, kind = 'sla_alert') {
  const rows = await fixture.store.db
    .selectFrom('ticket_events')
    .select(['data_json', 'at'])
    .where('kind', '=', kind)
    .orderBy('seq')
    .execute();
  return rows.map((row) => ({ at: row.at, ...(JSON.parse(row.data_json) as Record<string, unknown>) }));
}

let fixture: EngineFixture | null = null;
afterEach(async () => {
  fixture?.engine.stop();
  await fixture?.store.close();
  fixture = null;
  vi.useRealTimers();
});

async function started(options: Parameters<typeof createEngineFixture>[0] = {}) {
  fixture = await createEngineFixture(options);
  const ticketId = await fixture.createTicket();
  await fixture.engine.start();
  return { f: fixture, ticketId };
}

describe('SLA engine — firing', () => {
  it('sleeps until the warning threshold and fires within 1 s of it', async () => {
    const { f, ticketId } = await started();
    expect(f.engine.nextWakeAt()).toBe(iso(45));
    await advance(f, 45 * MINUTE - 1000);
    expect(f.notifier.shown).toHaveLength(0);
    await advance(f, 1000);
    expect(f.notifier.shown).toHaveLength(1);
    expect(Date.now() - Date.parse(iso(45))).toBeLessThanOrEqual(1000);
    expect(f.notifier.shown[0]).toMatchObject({ ticketId, urgency: 'normal' });
    expect(f.notices[0]).toMatchObject({ ticketId, target: 'first_response', level: 'warning', repeat: 0, thresholdAt: iso(45) });
    expect(await alertEvents(f)).toEqual([
      expect.objectContaining({ kind: 'sla_alert', target: 'first_response', level: 'warning', repeat: 0, thresholdAt: iso(45), dueAt: iso(60) }),
    ]);
  });

  it('writes the next due time to tickets.sla_due_at for the queue', async () => {
    const { f, ticketId } = await started();
    const row = await f.store.db.selectFrom('tickets').select('sla_due_at').where('id', '=', ticketId).executeTakeFirstOrThrow();
    expect(row.sla_due_at).toBe(iso(60));
  });

  it('repeats at the configured interval until acknowledged', async () => {
    const { f } = await started();
    await advance(f, 45 * MINUTE);
    await advance(f, 2 * MINUTE);
    await advance(f, 2 * MINUTE);
    expect(f.notices.map((n) => [n.level, n.repeat])).toEqual([
      ['warning', 0],
      ['warning', 1],
      ['warning', 2],
    ]);
    await f.engine.acknowledge(f.notices[0]!.alertId);
    await advance(f, 4 * MINUTE); // up to 53 min: nothing more
    expect(f.notices).toHaveLength(3);
    expect(await alertEvents(f, 'sla_alert_acknowledged')).toEqual([
      expect.objectContaining({ alertId: f.notices[0]!.alertId, level: 'warning' }),
    ]);
    // A higher threshold is a new alert: critical at 54 min fires again.
    await advance(f, 1 * MINUTE);
    expect(f.notices.at(-1)).toMatchObject({ level: 'critical', repeat: 0 });
  });

  it('stops repeating once the target is met', async () => {
    const { f, ticketId } = await started();
    await advance(f, 45 * MINUTE);
    await f.mutate('ticket.setStatus', { ticketId, to: 'in_progress', reason: null });
    await f.engine.ticketChanged(ticketId);
    await advance(f, 30 * MINUTE);
    expect(f.notices).toHaveLength(1);
    // Resolution (480 min) is now the only clock: the next look is its warning at 360 min.
    expect(f.engine.nextWakeAt()).toBe(iso(360));
  });

  it('stops when the ticket is resolved and takes it off the plan', async () => {
    const { f, ticketId } = await started();
    await advance(f, 45 * MINUTE);
    await f.mutate('ticket.setStatus', { ticketId, to: 'resolved', reason: null });
    await f.engine.ticketChanged(ticketId);
    await advance(f, 600 * MINUTE);
    expect(f.notices).toHaveLength(1);
    expect(f.engine.nextWakeAt()).toBeNull();
  });

  it('a breach is critical and reaches group members who are not the assignee', async () => {
    fixture = await createEngineFixture({ viewer: { agentId: 'agent-bob', groupIds: ['group-n1'], role: 'agent' } });
    await fixture.createTicket();
    await fixture.engine.start();
    await advance(fixture, 59 * MINUTE);
    expect(fixture.notices).toHaveLength(0); // warnings are for the assignee only
    await advance(fixture, 1 * MINUTE);
    expect(fixture.notices).toEqual([expect.objectContaining({ level: 'breach', repeat: 0, thresholdAt: iso(60) })]);
    expect(fixture.notifier.shown[0]!.urgency).toBe('critical');
  });
});

describe('SLA engine — re-planning', () => {
  it('re-plans only the ticket that changed', async () => {
    const { f } = await started();
    const other = await f.createTicket();
    await f.engine.ticketChanged(other);
    const before = f.engine.stats();
    await f.mutate('ticket.prioritize', { ticketId: other, impact: 'high', urgency: 'high' }); // → P1
    await f.engine.ticketChanged(other);
    const after = f.engine.stats();
    expect(after.ticketReplans - before.ticketReplans).toBe(1);
    expect(after.fullReplans).toBe(before.fullReplans);
    expect(f.engine.nextWakeAt()).toBe(iso(15)); // P1 warning: 75 % of 20 min
    const row = await f.store.db.selectFrom('tickets').select('sla_due_at').where('id', '=', other).executeTakeFirstOrThrow();
    expect(row.sla_due_at).toBe(iso(20));
  });

  it('a wall-clock jump seen by the heartbeat re-plans everything', async () => {
    const { f } = await started();
    const before = f.engine.stats().fullReplans;
    vi.setSystemTime(T0 + 2 * 60 * MINUTE); // the clock jumps 2 h ahead without timers running
    await advance(f, 30_000); // next heartbeat
    expect(f.engine.stats().fullReplans).toBe(before + 1);
    // Straight to the current level: one breach, no stale warning/critical.
    expect(f.notices.map((n) => n.level)).toEqual(['breach']);
  });

  it('resume() after sleep re-plans everything', async () => {
    const { f } = await started();
    const before = f.engine.stats().fullReplans;
    await f.engine.resume();
    expect(f.engine.stats().fullReplans).toBe(before + 1);
    expect(f.engine.nextWakeAt()).toBe(iso(45));
  });
});

describe('SLA engine — do-not-disturb and restarts', () => {
  it('do-not-disturb holds back repeats, but not the first notification', async () => {
    const { f } = await started({ settings: { doNotDisturb: true } });
    await advance(f, 45 * MINUTE);
    await advance(f, 8 * MINUTE);
    expect(f.notices.map((n) => [n.level, n.repeat])).toEqual([['warning', 0]]);
  });

  it('do-not-disturb never holds back the repeats of a P1 breach', async () => {
    fixture = await createEngineFixture({ settings: { doNotDisturb: true } });
    await fixture.createTicket({ impact: 'high', urgency: 'high' });
    await fixture.engine.start();
    await advance(fixture, 20 * MINUTE);
    await advance(fixture, 2 * MINUTE);
    await advance(fixture, 2 * MINUTE);
    expect(fixture.notices.map((n) => [n.level, n.repeat])).toEqual([
      ['warning', 0],
      ['critical', 0],
      ['breach', 0],
      ['breach', 1],
      ['breach', 2],
    ]);
  });

  it('a restart does not re-fire an acknowledged alert, and keeps the repeat schedule of the others', async () => {
    const { f } = await started();
    await advance(f, 45 * MINUTE);
    await f.engine.acknowledge(f.notices[0]!.alertId);
    const second = await f.createTicket();
    await f.engine.ticketChanged(second);
    await advance(f, 46 * MINUTE); // 91 min: first ticket breached long ago, second at warning (45 → 136)
    f.engine.stop();
    const countBefore = f.notices.length;
    const restarted = f.restart();
    f.engine = restarted;
    await restarted.start();
    // Nothing re-fires at start: the acknowledged warning stays quiet, and the others wait for their repeat.
    expect(f.notices.length).toBe(countBefore);
    const acknowledged = f.notices[0]!.alertId;
    await advance(f, 4 * MINUTE);
    expect(f.notices.slice(countBefore).some((n) => n.alertId === acknowledged)).toBe(false);
  });
});
