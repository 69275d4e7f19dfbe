import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../src/shared/domain/ids';
import { phoneDb } from '../../../src/server/channels/phone/phone-tables';
import { dialects } from '../../server/helpers/test-dialects';
import { createArgs, login, pullAll, push, startTestServer } from '../../server/helpers/test-server';

describe.each(dialects)('call.log on the server ($name)', (dialect) => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let token: string;
  const clientId = `client-lucia-calls-${newId().slice(-8)}`;

  beforeAll(async () => {
    server = await startTestServer(dialect);
    token = await login(server.app, 'lucia');
  });
  afterAll(async () => server?.close());

  it('creates the phone ticket and logs the call with its times in one flow', async () => {
    const ticket = createArgs({ channel: 'phone' });
    const callId = newId();
    const res = await push(server.app, token, clientId, [
      { id: 1, name: 'ticket.create', args: ticket },
      {
        id: 2,
        name: 'call.log',
        args: {
          callId,
          ticketId: ticket.id,
          direction: 'inbound',
          startedAt: '2026-02-03T09:00:00Z',
          answeredAt: '2026-02-03T09:00:12Z',
          endedAt: '2026-02-03T09:04:12Z',
          notes: 'Llamó por la impresora',
        },
      },
    ]);
    expect(res.json().results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied']);
    const row = await phoneDb(server.database.db)
      .selectFrom('calls')
      .selectAll()
      .where('call_id', '=', callId)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      source: 'desktop',
      queue: '',
      outcome: 'answered',
      agent_id: 'a-lucia',
      ticket_id: ticket.id,
      notes: 'Llamó por la impresora',
    });
    expect([Number(row.wait_seconds), Number(row.talk_seconds)]).toEqual([12, 240]);
    const { changes } = await pullAll(server.app, token, clientId);
    const logged = changes.find(
      (c) => c.table === 'ticket_events' && (c.row.data as { kind: string }).kind === 'call_logged',
    );
    expect(logged?.row.data).toMatchObject({
      callId,
      waitSeconds: 12,
      talkSeconds: 240,
      direction: 'inbound',
    });
    // Staff only: the requester does not receive the agent's call notes.
    const ana = await login(server.app, 'ana');
    const theirs = await pullAll(server.app, ana, `client-ana-${newId().slice(-8)}`);
    expect(theirs.changes.some((c) => c.pk === logged?.pk)).toBe(false);
  });

  it('logs a call without a ticket, and refuses times out of order', async () => {
    const res = await push(server.app, token, clientId, [
      {
        id: 3,
        name: 'call.log',
        args: {
          callId: 'out-1',
          direction: 'outbound',
          startedAt: '2026-02-03T10:00:00Z',
          answeredAt: null,
          endedAt: '2026-02-03T10:00:30Z',
        },
      },
      {
        id: 4,
        name: 'call.log',
        args: {
          callId: 'bad-1',
          direction: 'inbound',
          startedAt: '2026-02-03T10:00:00Z',
          answeredAt: '2026-02-03T10:05:00Z',
          endedAt: '2026-02-03T10:01:00Z',
        },
      },
    ]);
    const results = res.json().results as Array<{ status: string; error?: { code: string } }>;
    expect(results.map((r) => r.status)).toEqual(['applied', 'rejected']);
    expect(results[1]!.error!.code).toBe('call.invalid_times');
    const ids = await phoneDb(server.database.db).selectFrom('calls').select('call_id').execute();
    expect(ids.map((r) => r.call_id)).toContain('out-1');
    expect(ids.map((r) => r.call_id)).not.toContain('bad-1');
  });
});
