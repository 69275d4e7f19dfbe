import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importQueueLogText } from '../../../src/server/channels/phone/import-queue-log';
import { phoneDb } from '../../../src/server/channels/phone/phone-tables';
import { signPhoneWebhook } from '../../../src/server/channels/phone/webhook-signature';
import { dialects } from '../../server/helpers/test-dialects';
import { startTestServer } from '../../server/helpers/test-server';

const SECRET = 'test-webhook-secret-0123456789';
const NOW = Date.parse('2026-03-02T15:00:00Z');

describe.each(dialects)('phone webhook ($name)', (dialect) => {
  let server: Awaited<ReturnType<typeof startTestServer>>;

  beforeAll(async () => {
    server = await startTestServer(dialect, {
      now: () => NOW,
      phone: {
        webhookSecret: SECRET,
        queueMap: { queues: { soporte: 'g-n1' }, agents: { 'SIP/8001': 'a-lucia' } },
      },
    });
  });
  afterAll(async () => server?.close());

  const post = (
    body: unknown,
    { secret = SECRET, at = NOW, raw }: { secret?: string; at?: number; raw?: string } = {},
  ): Promise<LightMyRequestResponse> => {
    const payload = raw ?? JSON.stringify(body);
    return server.app.inject({
      method: 'POST',
      url: '/api/phone/events',
      headers: {
        'content-type': 'application/json',
        'x-mesa-signature': signPhoneWebhook(secret, Math.floor(at / 1000), payload),
      },
      payload,
    });
  };
  const counts = async () => {
    const db = phoneDb(server.database.db);
    const calls = await db
      .selectFrom('calls')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    const events = await db
      .selectFrom('call_events')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    return { calls: Number(calls.n), events: Number(events.n) };
  };
  const event = (id: string, type: string, at: string, extra: Record<string, unknown> = {}) => ({
    id,
    type,
    callId: 'pbx-1',
    queue: 'soporte',
    at,
    ...extra,
  });

  it('refuses a bad signature, a skewed one and an unsigned request, writing nothing', async () => {
    const body = event('e-0', 'queued', '2026-03-02T14:59:00Z');
    expect((await post(body, { secret: 'another-secret-of-some-length' })).statusCode).toBe(401);
    const skewed = await post(body, { at: NOW - 6 * 60_000 });
    expect([skewed.statusCode, skewed.json().code]).toEqual([401, 'phone.stale_signature']);
    expect((await post(body, { at: NOW + 6 * 60_000 })).statusCode).toBe(401);
    const unsigned = await server.app.inject({ method: 'POST', url: '/api/phone/events', payload: body });
    expect([unsigned.statusCode, unsigned.json().code]).toEqual([401, 'phone.bad_signature']);
    // The signature covers the body: the same header on another body is refused.
    const header = signPhoneWebhook(SECRET, Math.floor(NOW / 1000), JSON.stringify(body));
    const tampered = await server.app.inject({
      method: 'POST',
      url: '/api/phone/events',
      headers: { 'content-type': 'application/json', 'x-mesa-signature': header },
      payload: JSON.stringify({ ...body, queue: 'otra' }),
    });
    expect(tampered.statusCode).toBe(401);
    expect(await counts()).toEqual({ calls: 0, events: 0 });
  });

  it('refuses malformed events with 400', async () => {
    expect((await post(null, { raw: '{not json' })).statusCode).toBe(400);
    const wrong = await post(event('e-x', 'ringing', '2026-03-02T14:59:00Z'));
    expect([wrong.statusCode, wrong.json().code]).toEqual([400, 'http.invalid_body']);
    expect((await post({ id: 'e-y', type: 'queued' })).statusCode).toBe(400);
    expect(await counts()).toEqual({ calls: 0, events: 0 });
  });

  it('assembles a call from queued → answered → ended and refuses a replayed id', async () => {
    expect(
      (await post(event('e-1', 'queued', '2026-03-02T14:58:00Z', { callerId: '5115550199' }))).statusCode,
    ).toBe(200);
    const answered = await post(
      event('e-2', 'answered', '2026-03-02T14:58:25Z', { agent: 'SIP/8001-000000aa' }),
    );
    expect(answered.json()).toMatchObject({ outcome: 'answered' });
    const replay = await post(
      event('e-2', 'answered', '2026-03-02T14:58:25Z', { agent: 'SIP/8001-000000aa' }),
    );
    expect([replay.statusCode, replay.json().code]).toEqual([409, 'phone.replayed_event']);
    expect((await post(event('e-3', 'ended', '2026-03-02T15:00:00Z'))).statusCode).toBe(200);
    const row = await phoneDb(server.database.db)
      .selectFrom('calls')
      .selectAll()
      .where('call_id', '=', 'pbx-1')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      source: 'webhook',
      outcome: 'answered',
      caller_id: '5115550199',
      agent_id: 'a-lucia',
      group_id: 'g-n1',
      entered_at: '2026-03-02T14:58:00.000Z',
      answered_at: '2026-03-02T14:58:25.000Z',
      ended_at: '2026-03-02T15:00:00.000Z',
    });
    expect([Number(row.wait_seconds), Number(row.talk_seconds)]).toEqual([25, 95]);
    expect(await counts()).toEqual({ calls: 1, events: 3 });
  });

  it('records an abandoned call with its short-abandon flag', async () => {
    const base = { callId: 'pbx-2', queue: 'soporte' };
    await post({ ...base, id: 'e-10', type: 'queued', at: Math.floor(NOW / 1000) - 60 });
    const res = await post({
      ...base,
      id: 'e-11',
      type: 'abandoned',
      at: Math.floor(NOW / 1000) - 57,
      waitSeconds: 3,
    });
    expect(res.json()).toMatchObject({ outcome: 'abandoned' });
    const row = await phoneDb(server.database.db)
      .selectFrom('calls')
      .selectAll()
      .where('call_id', '=', 'pbx-2')
      .executeTakeFirstOrThrow();
    expect([row.outcome, Number(row.short_abandon), Number(row.wait_seconds)]).toEqual(['abandoned', 1, 3]);
  });

  it('a later queue_log import completes a call the webhook left in progress, once', async () => {
    const t = Math.floor(NOW / 1000) - 300;
    await post({ id: 'e-20', type: 'queued', callId: 'pbx-3', queue: 'soporte', at: t });
    await post({
      id: 'e-21',
      type: 'answered',
      callId: 'pbx-3',
      queue: 'soporte',
      at: t + 9,
      agent: 'SIP/8001',
    });
    const log = [
      `${t}|pbx-3|soporte|NONE|ENTERQUEUE||5115550100|1`,
      `${t + 9}|pbx-3|soporte|SIP/8001|CONNECT|9|x|1`,
      `${t + 69}|pbx-3|soporte|SIP/8001|COMPLETEAGENT|9|60|1`,
    ].join('\n');
    expect((await importQueueLogText(server.database.db, [log])).imported).toBe(1);
    expect((await importQueueLogText(server.database.db, [log])).imported).toBe(0);
    const row = await phoneDb(server.database.db)
      .selectFrom('calls')
      .selectAll()
      .where('call_id', '=', 'pbx-3')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ source: 'webhook', outcome: 'answered', agent_id: 'a-lucia' });
    expect([Number(row.wait_seconds), Number(row.talk_seconds)]).toEqual([9, 60]);
    expect(row.ended_at).toBe(new Date((t + 69) * 1000).toISOString());
  });
});

describe('phone webhook without a secret', () => {
  it('is not served', async () => {
    const server = await startTestServer(dialects[0]!);
    try {
      const res = await server.app.inject({ method: 'POST', url: '/api/phone/events', payload: {} });
      expect(res.statusCode).toBe(404);
    } finally {
      await server.close();
    }
  });
});
