import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../src/shared/domain/ids';
import { dialects } from './helpers/test-dialects';
import { clientIdFor, createArgs, login, pull, pullAll, push, startTestServer } from './helpers/test-server';

type Server = Awaited<ReturnType<typeof startTestServer>>;
const NOW = Date.parse('2026-11-27T12:00:00.000Z');

describe.each(dialects)('push on $name', (dialect) => {
  let server: Server;
  let lucia: string;
  const clientId = clientIdFor('lucia');

  beforeEach(async () => {
    server = await startTestServer(dialect, { now: () => NOW });
    lucia = await login(server.app, 'lucia');
  });
  afterEach(() => server.close());

  const count = async (
    table: 'tickets' | 'ticket_events' | 'change_log' | 'rejected_mutations' | 'comments',
  ) =>
    Number(
      (
        await server.database.db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );

  it('applies a batch once: the same batch again is acknowledged without re-applying', async () => {
    const a = createArgs();
    const batch = [
      { id: 1, name: 'ticket.create', args: a },
      {
        id: 2,
        name: 'ticket.comment',
        args: { ticketId: a.id, commentId: newId(), body: 'Llamé al usuario', visibility: 'internal' },
      },
    ];
    const first = await push(server.app, lucia, clientId, batch);
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({
      lastMutationId: 2,
      results: [
        { id: 1, status: 'applied' },
        { id: 2, status: 'applied' },
      ],
    });
    const logged = await count('change_log');
    const second = await push(server.app, lucia, clientId, batch);
    expect(second.json()).toMatchObject({
      lastMutationId: 2,
      results: [{ status: 'duplicate' }, { status: 'duplicate' }],
    });
    expect(await count('tickets')).toBe(1);
    expect(await count('comments')).toBe(1);
    expect(await count('change_log')).toBe(logged);
  });

  it('numbers tickets from the server counter in the creating transaction', async () => {
    const ids = [createArgs(), createArgs(), createArgs()];
    await push(
      server.app,
      lucia,
      clientId,
      ids.map((args, i) => ({ id: i + 1, name: 'ticket.create', args })),
    );
    const rows = await server.database.db
      .selectFrom('tickets')
      .select(['id', 'number', 'provisional_number'])
      .execute();
    expect(rows.map((r) => r.number).sort()).toEqual(['MS-10001', 'MS-10002', 'MS-10003']);
    expect(rows.every((r) => r.provisional_number.startsWith('~'))).toBe(true);
  });

  it('refuses a gap with a typed 409 and writes nothing', async () => {
    const res = await push(server.app, lucia, clientId, [
      { id: 3, name: 'ticket.create', args: createArgs() },
    ]);
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: 'sync.mutation_gap', params: { expected: 1, received: 3 } });
    expect(await count('tickets')).toBe(0);
  });

  it('records a permanent failure, advances the id and re-sends the rejection in pulls', async () => {
    const good = createArgs();
    const res = await push(server.app, lucia, clientId, [
      { id: 1, name: 'ticket.setStatus', args: { ticketId: 'missing', to: 'resolved' } },
      { id: 2, name: 'ticket.nope', args: {} },
      { id: 3, name: 'ticket.create', args: { ...createArgs(), title: '' } },
      { id: 4, name: 'ticket.create', args: good },
    ]);
    expect(res.statusCode).toBe(200);
    const body = res.json() as {
      lastMutationId: number;
      results: Array<{ status: string; error?: { code: string } }>;
    };
    expect(body.lastMutationId).toBe(4);
    expect(body.results.map((r) => r.error?.code ?? r.status)).toEqual([
      'ticket.not_found',
      'mutation.unknown',
      'mutation.invalid_args',
      'applied',
    ]);
    expect(await count('rejected_mutations')).toBe(3);
    const pulled = await pull(server.app, lucia, { clientId, cursor: 0 });
    const page = pulled.json() as {
      lastMutationId: number;
      rejections: Array<{ mutationId: number; code: string; fieldErrors: unknown[] }>;
    };
    expect(page.lastMutationId).toBe(4);
    expect(page.rejections.map((r) => [r.mutationId, r.code])).toEqual([
      [1, 'ticket.not_found'],
      [2, 'mutation.unknown'],
      [3, 'mutation.invalid_args'],
    ]);
    expect(page.rejections[2]?.fieldErrors).toEqual([
      { path: 'title', code: 'required', params: { minimum: 1 } },
    ]);
    const after = await pull(server.app, lucia, { clientId, cursor: 0, rejectionsAfter: 2 });
    expect((after.json() as { rejections: unknown[] }).rejections).toHaveLength(1);
  });

  it("refuses another user's client id with 403", async () => {
    await push(server.app, lucia, clientId, [{ id: 1, name: 'ticket.create', args: createArgs() }]);
    const pedro = await login(server.app, 'pedro');
    const res = await push(server.app, pedro, clientId, [
      { id: 2, name: 'ticket.create', args: createArgs() },
    ]);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'sync.client_forbidden' });
    expect((await pull(server.app, pedro, { clientId, cursor: 0 })).statusCode).toBe(403);
    expect(await count('tickets')).toBe(1);
  });

  it.each([
    ['not json', '{"clientId": '],
    ['missing mutations', { clientId: 'client-abcdefgh' }],
    ['bad client id', { clientId: 'x', mutations: [] }],
    [
      'non-consecutive ids',
      {
        clientId: 'client-abcdefgh',
        mutations: [1, 3].map((id) => ({
          id,
          name: 'ticket.create',
          args: {},
          clientTime: new Date().toISOString(),
        })),
      },
    ],
    [
      'bad clientTime',
      {
        clientId: 'client-abcdefgh',
        mutations: [{ id: 1, name: 'ticket.create', args: {}, clientTime: 'yesterday' }],
      },
    ],
    ['extra field', { clientId: 'client-abcdefgh', mutations: [], evil: true }],
  ])('refuses a malformed body (%s) with 400 and writes nothing', async (_label, payload) => {
    const res = await server.app.inject({
      method: 'POST',
      url: '/api/sync/push',
      headers: { authorization: `Bearer ${lucia}`, 'content-type': 'application/json' },
      payload: typeof payload === 'string' ? payload : JSON.stringify(payload),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json()).toMatchObject({ code: 'http.invalid_body' });
    expect(await server.database.db.selectFrom('clients').selectAll().execute()).toEqual([]);
  });

  it('refuses an oversized body with 413 and too many mutations with 400', async () => {
    const huge = 'x'.repeat(9 * 1024 * 1024);
    const big = await push(server.app, lucia, clientId, [
      { id: 1, name: 'ticket.create', args: { ...createArgs(), description: huge } },
    ]);
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ code: 'http.body_too_large' });
    const many = await push(
      server.app,
      lucia,
      clientId,
      Array.from({ length: 101 }, (_, i) => ({ id: i + 1, name: 'ticket.create', args: createArgs() })),
    );
    expect(many.statusCode).toBe(400);
    expect(await count('tickets')).toBe(0);
  });

  it('stamps the server-vouched time and marks corrected events', async () => {
    const inWindow = createArgs();
    const future = createArgs();
    const past = createArgs();
    await push(server.app, lucia, clientId, [
      { id: 1, name: 'ticket.create', args: inWindow, clientTime: '2026-11-27T11:00:00.000Z' },
      { id: 2, name: 'ticket.create', args: future, clientTime: '2026-11-27T13:00:00.000Z' },
      { id: 3, name: 'ticket.create', args: past, clientTime: '2026-11-27T10:00:00.000Z' },
    ]);
    const events = await server.database.db.selectFrom('ticket_events').selectAll().execute();
    const byTicket = new Map(events.map((e) => [e.ticket_id, e]));
    expect(byTicket.get(inWindow.id)).toMatchObject({ at: '2026-11-27T11:00:00.000Z', time_corrected: 0 });
    expect(byTicket.get(future.id)).toMatchObject({
      at: '2026-11-27T12:00:00.000Z',
      client_at: '2026-11-27T13:00:00.000Z',
      time_corrected: 1,
    });
    // Not before the previous acknowledged mutation (stamped 12:00 after clamping).
    expect(byTicket.get(past.id)).toMatchObject({ at: '2026-11-27T12:00:00.000Z', time_corrected: 1 });
    const { changes } = await pullAll(server.app, lucia, clientId);
    const pulledEvent = changes.find((c) => c.table === 'ticket_events' && c.row.ticketId === future.id);
    expect(pulledEvent?.row).toMatchObject({
      timeCorrected: true,
      clientAt: '2026-11-27T13:00:00.000Z',
      at: '2026-11-27T12:00:00.000Z',
    });
  });

  it('refuses a claim on a ticket someone else holds, naming the holder', async () => {
    const t = createArgs();
    await push(server.app, lucia, clientId, [
      { id: 1, name: 'ticket.create', args: t },
      { id: 2, name: 'ticket.assign', args: { ticketId: t.id, assigneeId: null, groupId: 'g-n1' } },
      { id: 3, name: 'ticket.claim', args: { ticketId: t.id, expectedAssigneeId: null } },
    ]);
    const pedro = await login(server.app, 'pedro');
    // Pedro saw the ticket unassigned; Lucía's claim committed first.
    const res = await push(server.app, pedro, clientIdFor('pedro'), [
      { id: 1, name: 'ticket.claim', args: { ticketId: t.id, expectedAssigneeId: null } },
    ]);
    expect(res.json()).toMatchObject({
      lastMutationId: 1,
      results: [
        {
          status: 'rejected',
          error: { code: 'ticket.already_taken', params: { holderId: 'a-lucia', holderName: 'Lucía' } },
        },
      ],
    });
    const row = await server.database.db
      .selectFrom('tickets')
      .select('assignee_id')
      .where('id', '=', t.id)
      .executeTakeFirstOrThrow();
    expect(row.assignee_id).toBe('a-lucia');
    // A supervisor may still reassign.
    const sofia = await login(server.app, 'sofia');
    const re = await push(server.app, sofia, clientIdFor('sofia'), [
      { id: 1, name: 'ticket.assign', args: { ticketId: t.id, assigneeId: 'a-pedro', groupId: 'g-n1' } },
    ]);
    expect(re.json()).toMatchObject({ results: [{ status: 'applied' }] });
  });

  it('checks scopes and roles on push', async () => {
    const t = createArgs();
    const sofia = await login(server.app, 'sofia');
    await push(server.app, sofia, clientIdFor('sofia'), [
      { id: 1, name: 'ticket.create', args: t },
      { id: 2, name: 'ticket.assign', args: { ticketId: t.id, assigneeId: 'a-marco', groupId: 'g-net' } },
    ]);
    // Lucía (group N1) cannot touch a ticket of the network group held by Marco.
    const res = await push(server.app, lucia, clientId, [
      { id: 1, name: 'ticket.prioritize', args: { ticketId: t.id, impact: 'high', urgency: 'high' } },
    ]);
    expect(res.json()).toMatchObject({
      results: [{ status: 'rejected', error: { code: 'ticket.not_found' } }],
    });
    // A requester may open tickets only for themselves, and may not prioritize.
    const bob = await login(server.app, 'bob');
    const bobClient = clientIdFor('bob');
    const r = await push(server.app, bob, bobClient, [
      { id: 1, name: 'ticket.create', args: createArgs({ requesterId: 'req-ana', channel: 'portal' }) },
      {
        id: 2,
        name: 'ticket.create',
        args: createArgs({
          requesterId: 'req-bob',
          organizationId: 'org-globex',
          categoryId: null,
          channel: 'portal',
        }),
      },
      { id: 3, name: 'ticket.prioritize', args: { ticketId: t.id, impact: 'high', urgency: 'high' } },
    ]);
    expect(
      (r.json() as { results: Array<{ status: string; error?: { code: string } }> }).results.map(
        (x) => x.error?.code ?? x.status,
      ),
    ).toEqual(['sync.out_of_scope', 'applied', 'sync.forbidden_mutation']);
  });
});
