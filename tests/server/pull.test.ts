import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../src/shared/domain/ids';
import { dialects } from './helpers/test-dialects';
import {
  applyChanges,
  clientIdFor,
  createArgs,
  login,
  pull,
  pullAll,
  push,
  startTestServer,
} from './helpers/test-server';

type Server = Awaited<ReturnType<typeof startTestServer>>;

describe.each(dialects)('pull on $name', (dialect) => {
  let server: Server;
  let tokens: Record<'lucia' | 'marco' | 'sofia' | 'ana' | 'bob', string>;
  const ids = { pool: '', net: '', bob: '' };

  beforeEach(async () => {
    server = await startTestServer(dialect);
    const names = ['lucia', 'marco', 'sofia', 'ana', 'bob'] as const;
    tokens = Object.fromEntries(
      await Promise.all(names.map(async (n) => [n, await login(server.app, n)])),
    ) as typeof tokens;
    // Three tickets: one in the unassigned pool (Ana), one escalated to the network group and held by
    // Marco (Ana), one of Bob's (Globex) escalated to the network group, plus an internal comment.
    const pool = createArgs();
    const net = createArgs();
    const bob = createArgs({ requesterId: 'req-bob', organizationId: 'org-globex', categoryId: null });
    Object.assign(ids, { pool: pool.id, net: net.id, bob: bob.id });
    const res = await push(server.app, tokens.sofia, clientIdFor('sofia'), [
      { id: 1, name: 'ticket.create', args: pool },
      { id: 2, name: 'ticket.create', args: net },
      { id: 3, name: 'ticket.assign', args: { ticketId: net.id, assigneeId: 'a-marco', groupId: 'g-net' } },
      { id: 4, name: 'ticket.create', args: bob },
      { id: 5, name: 'ticket.assign', args: { ticketId: bob.id, assigneeId: null, groupId: 'g-net' } },
      {
        id: 6,
        name: 'ticket.comment',
        args: { ticketId: net.id, commentId: newId(), body: 'Switch del piso 3', visibility: 'internal' },
      },
      {
        id: 7,
        name: 'ticket.comment',
        args: { ticketId: net.id, commentId: newId(), body: 'Estamos en ello', visibility: 'public' },
      },
    ]);
    expect((res.json() as { lastMutationId: number }).lastMutationId).toBe(7);
  });
  afterEach(() => server.close());

  const ticketIdsSeenBy = async (user: keyof typeof tokens, cursor: string | number = 0) => {
    const { changes } = await pullAll(server.app, tokens[user], clientIdFor(user), cursor, 3);
    const state = applyChanges(changes);
    return {
      changes,
      tickets: new Set(
        [...state.keys()].filter((k) => k.startsWith('tickets/')).map((k) => k.slice('tickets/'.length)),
      ),
      related: new Set(
        changes
          .filter((c) => c.table !== 'tickets' && c.row && 'ticketId' in c.row)
          .map((c) => String(c.row.ticketId)),
      ),
    };
  };

  it('gives each user only the tickets in their scopes (snapshot)', async () => {
    const lucia = await ticketIdsSeenBy('lucia');
    expect([...lucia.tickets]).toEqual([ids.pool]);
    expect([...lucia.related]).toEqual([ids.pool]);
    // A specialist sees their group's tickets, not the first-line pool.
    const marco = await ticketIdsSeenBy('marco');
    expect([...marco.tickets].sort()).toEqual([ids.net, ids.bob].sort());
    const sofia = await ticketIdsSeenBy('sofia');
    expect(sofia.tickets.size).toBe(3);
    const ana = await ticketIdsSeenBy('ana');
    expect([...ana.tickets].sort()).toEqual([ids.pool, ids.net].sort());
    const bob = await ticketIdsSeenBy('bob');
    expect([...bob.tickets]).toEqual([ids.bob]);
    // Reference data goes to the desk only.
    expect(lucia.changes.some((c) => c.table === 'requesters')).toBe(true);
    expect(ana.changes.some((c) => c.table === 'requesters' || c.table === 'agents')).toBe(false);
  });

  it('keeps internal comments (and their events) from requesters', async () => {
    const ana = await ticketIdsSeenBy('ana');
    const comments = ana.changes.filter((c) => c.table === 'comments');
    expect(comments.map((c) => c.row.visibility)).toEqual(['public']);
    const commented = ana.changes.filter(
      (c) => c.table === 'ticket_events' && (c.row.data as { kind: string }).kind === 'commented',
    );
    expect(commented.map((c) => (c.row.data as { visibility: string }).visibility)).toEqual(['public']);
    const marco = await ticketIdsSeenBy('marco');
    expect(marco.changes.filter((c) => c.table === 'comments')).toHaveLength(2);
  });

  it('gives the same scoping when catching up from the change log', async () => {
    for (const user of ['lucia', 'marco', 'ana', 'bob'] as const) {
      const fromSnapshot = await ticketIdsSeenBy(user, 0);
      const fromLog = await ticketIdsSeenBy(user, 1); // cursor 1: pure change-log catch-up
      expect([...fromLog.tickets].sort(), user).toEqual([...fromSnapshot.tickets].sort());
    }
  });

  it('tells the agent who loses a ticket, and never leaks it afterwards', async () => {
    const lucia = clientIdFor('lucia');
    const start = await pullAll(server.app, tokens.lucia, lucia);
    // Lucía claims the pool ticket, then a supervisor escalates it to the network group.
    await push(server.app, tokens.lucia, lucia, [
      { id: 1, name: 'ticket.assign', args: { ticketId: ids.pool, assigneeId: 'a-lucia', groupId: 'g-n1' } },
    ]);
    await push(server.app, tokens.sofia, clientIdFor('sofia2'), [
      { id: 1, name: 'ticket.assign', args: { ticketId: ids.pool, assigneeId: null, groupId: 'g-net' } },
    ]);
    const moved = await pullAll(server.app, tokens.lucia, lucia, start.cursor);
    const leaving = moved.changes.find((c) => c.table === 'tickets' && c.pk === ids.pool && !c.visible);
    expect(leaving?.row).toMatchObject({ groupId: 'g-net', assigneeId: null });
    const state = applyChanges([...start.changes, ...moved.changes]);
    expect(state.has(`tickets/${ids.pool}`)).toBe(false);
    await push(server.app, tokens.marco, clientIdFor('marco'), [
      {
        id: 1,
        name: 'ticket.comment',
        args: { ticketId: ids.pool, commentId: newId(), body: 'Revisando', visibility: 'internal' },
      },
    ]);
    const later = await pullAll(server.app, tokens.lucia, lucia, moved.cursor);
    expect(later.changes).toEqual([]);
  });

  it('ends snapshot + catch-up in the server state even when rows change between pages', async () => {
    const client = clientIdFor('sofia-snap');
    const first = await pull(server.app, tokens.sofia, { clientId: client, cursor: 0, limit: 4 });
    const page = first.json() as { changes: []; cursor: string; hasMore: boolean };
    expect(page.cursor).toMatch(/^s\./);
    // Changes land while the snapshot is being paged.
    await push(server.app, tokens.sofia, clientIdFor('sofia-w'), [
      { id: 1, name: 'ticket.prioritize', args: { ticketId: ids.pool, impact: 'high', urgency: 'high' } },
      { id: 2, name: 'ticket.create', args: createArgs({ title: 'Otro más' }) },
    ]);
    const rest = await pullAll(server.app, tokens.sofia, client, page.cursor, 4);
    const state = applyChanges([...page.changes, ...rest.changes]);
    const fresh = applyChanges((await pullAll(server.app, tokens.sofia, clientIdFor('sofia-fresh'))).changes);
    expect(state).toEqual(fresh);
    expect(state.get(`tickets/${ids.pool}`)).toMatchObject({ priority: 'P1' });
  });

  it('refuses a cursor from the future or a malformed one with 400', async () => {
    const client = clientIdFor('lucia');
    const future = await pull(server.app, tokens.lucia, { clientId: client, cursor: 10_000_000 });
    expect(future.statusCode).toBe(400);
    expect(future.json()).toMatchObject({ code: 'sync.cursor_from_future' });
    const futureSnap = await pull(server.app, tokens.lucia, { clientId: client, cursor: 's.999999.0.' });
    expect(futureSnap.statusCode).toBe(400);
    expect((await pull(server.app, tokens.lucia, { clientId: client, cursor: 'garbage' })).statusCode).toBe(
      400,
    );
    expect(
      (await pull(server.app, tokens.lucia, { clientId: client, cursor: 0, limit: 100_000 })).statusCode,
    ).toBe(400);
  });

  it('serves tickets over REST within scopes only', async () => {
    const get = (user: keyof typeof tokens, id: string) =>
      server.app.inject({
        method: 'GET',
        url: `/api/tickets/${id}`,
        headers: { authorization: `Bearer ${tokens[user]}` },
      });
    expect((await get('lucia', ids.pool)).statusCode).toBe(200);
    expect((await get('lucia', ids.net)).statusCode).toBe(404);
    expect((await get('bob', ids.pool)).statusCode).toBe(404);
    expect((await get('ana', ids.net)).json()).toMatchObject({ number: 'MS-10002' });
  });

  it('writes the change log in a gap-free seq order, also under concurrent pushes', async () => {
    const agents = ['lucia', 'marco', 'sofia'] as const;
    await Promise.all(
      agents.map((user) =>
        push(
          server.app,
          tokens[user],
          clientIdFor(`${user}-c`),
          Array.from({ length: 10 }, (_, i) => ({ id: i + 1, name: 'ticket.create', args: createArgs() })),
        ),
      ),
    );
    const log = await server.database.db
      .selectFrom('change_log')
      .select(['seq', 'table_name', 'pk'])
      .orderBy('seq')
      .execute();
    expect(log.map((r) => Number(r.seq))).toEqual(log.map((_, i) => i + 1));
    // Within each ticket, its creation precedes its events.
    const firstSeen = new Map<string, number>();
    for (const r of log)
      if (r.table_name === 'tickets' && !firstSeen.has(r.pk)) firstSeen.set(r.pk, Number(r.seq));
    const events = await server.database.db.selectFrom('ticket_events').select(['id', 'ticket_id']).execute();
    const seqOf = new Map(log.map((r) => [r.pk, Number(r.seq)]));
    for (const e of events) expect(seqOf.get(e.id)).toBeGreaterThan(firstSeen.get(e.ticket_id) ?? Infinity);
    const counter = await server.database.db
      .selectFrom('counters')
      .select('value')
      .where('name', '=', 'change_seq')
      .executeTakeFirstOrThrow();
    expect(Number(counter.value)).toBe(log.length);
  });
});
