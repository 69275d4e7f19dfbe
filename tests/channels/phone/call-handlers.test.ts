import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createServicesFixture,
  createUrgentTicket,
  type ServicesFixture,
} from '../../../src/main/api/handlers/sla-handlers.test-fixtures';

/** The desktop side of "Log a call": the ticket, then call.log with the times, then the list. */
describe('desktop call handlers', () => {
  let f: ServicesFixture;
  const ticketId = '019c0000-0000-7000-8000-00000000c411';

  beforeAll(async () => {
    f = await createServicesFixture();
    await createUrgentTicket(f, ticketId);
  });
  afterAll(async () => f?.close());

  it('logs a call on the phone ticket and lists it among the recent calls', async () => {
    const logged = await f.call('mutation.apply', {
      name: 'call.log',
      args: {
        callId: 'desk-call-1',
        ticketId,
        direction: 'inbound',
        startedAt: '2026-11-26T14:50:00Z',
        answeredAt: '2026-11-26T14:50:09Z',
        endedAt: '2026-11-26T14:55:09Z',
        notes: 'VPN',
      },
    });
    expect(logged.ok).toBe(true);
    expect(logged.value.ticketIds).toEqual([ticketId]);
    const recent = await f.call('phone.recentCalls', {});
    expect(recent.ok).toBe(true);
    expect(recent.value).toEqual([
      expect.objectContaining({
        callId: 'desk-call-1',
        ticketId,
        waitSeconds: 9,
        talkSeconds: 300,
        direction: 'inbound',
      }),
    ]);
    const detail = await f.call('ticket.get', { id: ticketId });
    expect(detail.value.events.some((e: { data: { kind: string } }) => e.data.kind === 'call_logged')).toBe(
      true,
    );
  });

  it('refuses a call that ends before it is answered, changing nothing', async () => {
    const bad = await f.call('mutation.apply', {
      name: 'call.log',
      args: {
        callId: 'desk-call-2',
        ticketId,
        direction: 'inbound',
        startedAt: '2026-11-26T14:50:00Z',
        answeredAt: '2026-11-26T14:52:00Z',
        endedAt: '2026-11-26T14:51:00Z',
      },
    });
    expect(bad.ok).toBe(false);
    expect(bad.error.code).toBe('call.invalid_times');
    expect((await f.call('phone.recentCalls', { limit: 50 })).value).toHaveLength(1);
  });
});
