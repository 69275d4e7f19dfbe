import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/shared/domain/ids';
import { createUser } from '../../src/server/auth/user-accounts';
import { TEST_PASSWORD_COST, PASSWORD, USERS } from '../server/helpers/fixtures';
import { connectLive, tokenProtocols } from '../server/helpers/live-client';
import { dialects } from '../server/helpers/test-dialects';
import { applyChanges, clientIdFor, createArgs, login, pull, pullAll, push, startTestServer } from '../server/helpers/test-server';

type Server = Awaited<ReturnType<typeof startTestServer>>;
type Role = 'agent' | 'specialist' | 'supervisor' | 'admin' | 'requester';

/**
 * Every route × role × foreign scope. Fixture tickets (made by the supervisor):
 *   n1       group g-n1, requester Ana (Acme)          — agents of N1, Ana
 *   net      group g-net, requester Bob (Globex)       — Marco (N2 network), Bob
 *   pedros   assigned to Pedro, no group, Bob          — Pedro, Bob
 *   pool     no group, no assignee (N1 pool), Bob      — N1 agents, Bob
 * Supervisors and admins see the whole team (no foreign ticket), so their foreign scope is another
 * user's client id and requester-only scopes they do not hold.
 */
const ACTORS: Array<{ role: Role; user: string; foreign: Array<'n1' | 'net' | 'pedros' | 'pool'> }> = [
  { role: 'agent', user: 'lucia', foreign: ['net', 'pedros'] },
  { role: 'specialist', user: 'marco', foreign: ['n1', 'pedros', 'pool'] },
  { role: 'supervisor', user: 'sofia', foreign: [] },
  { role: 'admin', user: 'admin', foreign: [] },
  { role: 'requester', user: 'ana', foreign: ['net', 'pedros', 'pool'] },
];
const ADMIN_EMAIL = 'admin@mesa.test';

function mutationsOn(ticketId: string) {
  return [
    { name: 'ticket.comment', args: { ticketId, commentId: newId(), body: 'hola', visibility: 'public' } },
    { name: 'ticket.setStatus', args: { ticketId, to: 'in_progress', reason: null } },
    { name: 'ticket.prioritize', args: { ticketId, impact: 'high', urgency: 'high' } },
    { name: 'ticket.claim', args: { ticketId, expectedAssigneeId: null } },
    { name: 'ticket.assign', args: { ticketId, assigneeId: null, groupId: 'g-n1' } },
  ];
}

describe.each(dialects)('authorization matrix on $name', (dialect) => {
  let server: Server;
  let url: string;
  const tokens: Record<string, string> = {};
  const tickets: Record<'n1' | 'net' | 'pedros' | 'pool', string> = { n1: '', net: '', pedros: '', pool: '' };
  const clientSeq = new Map<string, number>();
  const codesSeen = new Set<string>();

  async function counts() {
    const db = server.database.db;
    const tables = ['tickets', 'comments', 'ticket_events', 'change_log', 'change_log_scopes', 'rejected_mutations', 'clients', 'sessions'] as const;
    const out = {} as Record<(typeof tables)[number], number>;
    for (const table of tables) {
      out[table] = Number((await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
    }
    return out;
  }

  /** Pushes one mutation under a fresh client id (so its rejection is the only thing recorded). */
  async function pushOne(user: string, name: string, args: unknown) {
    const clientId = clientIdFor(`${user}-${clientSeq.size}`);
    clientSeq.set(clientId, 1);
    const res = await push(server.app, tokens[user] ?? '', clientId, [{ id: 1, name, args }]);
    return { res, clientId };
  }

  beforeAll(async () => {
    server = await startTestServer(dialect);
    url = await server.app.listen({ host: '127.0.0.1', port: 0 });
    await createUser(server.database.db, { email: ADMIN_EMAIL, password: PASSWORD, role: 'admin' }, TEST_PASSWORD_COST);
    for (const user of ['lucia', 'pedro', 'marco', 'sofia', 'ana', 'bob'] as const) tokens[user] = await login(server.app, user);
    const res = await server.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: ADMIN_EMAIL, password: PASSWORD } });
    tokens.admin = (res.json() as { token: string }).token;
    const specs = {
      n1: [createArgs(), { assigneeId: null, groupId: 'g-n1' }],
      net: [createArgs({ requesterId: 'req-bob', organizationId: 'org-globex' }), { assigneeId: null, groupId: 'g-net' }],
      pedros: [createArgs({ requesterId: 'req-bob', organizationId: 'org-globex' }), { assigneeId: 'a-pedro', groupId: null }],
      pool: [createArgs({ requesterId: 'req-bob', organizationId: 'org-globex' }), null],
    } as const;
    const clientId = clientIdFor('sofia-setup');
    let id = 1;
    for (const [key, [args, assign]] of Object.entries(specs)) {
      tickets[key as keyof typeof tickets] = args.id;
      const batch = [{ id: id++, name: 'ticket.create', args }];
      if (assign) batch.push({ id: id++, name: 'ticket.assign', args: { ticketId: args.id, ...assign } as never });
      batch.push({ id: id++, name: 'ticket.comment', args: { ticketId: args.id, commentId: newId(), body: 'nota interna secreta', visibility: 'internal' } as never });
      const r = await push(server.app, tokens.sofia ?? '', clientId, batch);
      expect((r.json() as { results: Array<{ status: string }> }).results.every((x) => x.status === 'applied'), r.body).toBe(true);
    }
  });
  afterAll(async () => {
    console.log(JSON.stringify({ test: 'authz', dialect: dialect.name, createUnderForeignIdCodes: [...codesSeen] }));
    await server.close();
  });

  describe('anonymous and bad tokens', () => {
    const routes = [
      { method: 'POST', url: '/api/sync/push', payload: { clientId: 'client-abcdefgh', mutations: [] } },
      { method: 'POST', url: '/api/sync/pull', payload: { clientId: 'client-abcdefgh', cursor: 0 } },
      { method: 'POST', url: '/api/auth/logout' },
      { method: 'POST', url: '/api/auth/rotate' },
      { method: 'GET', url: '/api/auth/me' },
      { method: 'GET', url: '/api/tickets/x' },
    ] as const;
    const headers = [
      ['none', {}],
      ['garbage', { authorization: 'Bearer not-a-token' }],
      ['well-formed unknown', { authorization: `Bearer ${'A'.repeat(43)}` }],
      ['basic scheme', { authorization: 'Basic dXNlcjpwYXNz' }],
    ] as const;
    it.each(routes.flatMap((r) => headers.map(([label, h]) => [`${r.method} ${r.url}`, label, r, h] as const)))(
      '%s with %s token → 401, identical body, nothing written',
      async (_route, _label, route, h) => {
        const before = await counts();
        const res = await server.app.inject({ method: route.method, url: route.url.replace('/x', `/${tickets.n1}`), headers: h, ...('payload' in route ? { payload: route.payload } : {}) });
        expect(res.statusCode).toBe(401);
        expect(res.json()).toEqual({ code: 'auth.unauthorized', params: {}, fieldErrors: [] });
        expect(await counts()).toEqual(before);
      },
    );
    it('a revoked token is refused everywhere, the live socket included', async () => {
      const token = await login(server.app, 'lucia');
      await server.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { authorization: `Bearer ${token}` } });
      for (const r of routes) {
        const res = await server.app.inject({ method: r.method, url: r.url, headers: { authorization: `Bearer ${token}` }, ...('payload' in r ? { payload: r.payload } : {}) });
        expect(res.statusCode, r.url).toBe(401);
      }
      await expect(connectLive(url, tokenProtocols(token))).rejects.toThrow('HTTP 401');
    });
    it.each([
      ['garbage', tokenProtocols('garbage')],
      ['unknown well-formed', tokenProtocols('B'.repeat(43))],
      ['empty', ['mesa.v1', 'mesa.auth.']],
    ])('live with a %s token is refused before the upgrade', async (_label, protocols) => {
      await expect(connectLive(url, protocols)).rejects.toThrow('HTTP 401');
    });
    it('live with a wrong token sent as the first message is closed with 4401', async () => {
      const live = await connectLive(url, ['mesa.v1']);
      live.socket.send(JSON.stringify({ type: 'auth', token: 'C'.repeat(43) }));
      expect((await live.closed).code).toBe(4401);
    });
  });

  describe.each(ACTORS)('$role', ({ role, user, foreign }) => {
    const token = () => tokens[user] ?? '';

    it.each(foreign.length ? foreign : (['none'] as const))(
      'GET /api/tickets/<foreign %s> is indistinguishable from a missing ticket',
      async (key) => {
        if (key === 'none') return;
        const missing = await server.app.inject({ method: 'GET', url: `/api/tickets/${newId()}`, headers: { authorization: `Bearer ${token()}` } });
        const hidden = await server.app.inject({ method: 'GET', url: `/api/tickets/${tickets[key]}`, headers: { authorization: `Bearer ${token()}` } });
        expect(hidden.statusCode).toBe(404);
        expect(hidden.body).toBe(missing.body);
        expect(hidden.headers['content-length']).toBe(missing.headers['content-length']);
      },
    );

    it('every ticket mutation on a foreign ticket is refused exactly like one on a missing ticket, writing nothing but the rejection', async () => {
      for (const key of foreign) {
        const ghost = newId();
        const real = mutationsOn(tickets[key]);
        const fake = mutationsOn(ghost);
        for (const [i, m] of real.entries()) {
          const before = await counts();
          const hidden = await pushOne(user, m.name, m.args);
          const after = await counts();
          const missing = await pushOne(user, m.name, fake[i]?.args);
          expect(hidden.res.statusCode, `${role} ${m.name} ${key}`).toBe(200);
          const h = hidden.res.json() as { results: Array<{ status: string; error: { code: string; params: Record<string, unknown> } }> };
          const g = missing.res.json() as typeof h;
          expect(h.results[0]?.status).toBe('rejected');
          const normalize = (e: unknown, id: string) => JSON.parse(JSON.stringify(e).replaceAll(id, '<id>')) as unknown;
          expect(normalize(h.results[0]?.error, tickets[key]), `${role} ${m.name} ${key}`).toEqual(normalize(g.results[0]?.error, ghost));
          // Only the rejection record and the client row: no effect, no change-log row.
          expect(after).toEqual({ ...before, rejected_mutations: before.rejected_mutations + 1, clients: before.clients + 1 });
        }
      }
    });

    it('creating a ticket under a foreign ticket id is refused without revealing anything about it', async () => {
      for (const key of foreign) {
        const hidden = await pushOne(user, 'ticket.create', createArgs({ id: tickets[key], title: 'intento' }));
        const h = hidden.res.json() as { results: Array<{ status: string; error?: { code: string; params: Record<string, unknown> } }> };
        expect(h.results[0]?.status).toBe('rejected');
        // The id is all the caller knew; the answer adds nothing about the ticket behind it.
        const text = JSON.stringify(h.results[0]);
        for (const secret of ['secreta', 'impresora', 'req-bob', 'org-globex', 'g-net', 'a-pedro', 'MS-'])
          expect(text, `${role} ${key}`).not.toContain(secret);
        codesSeen.add(h.results[0]?.error?.code ?? '');
      }
    });

    it('pull (snapshot and catch-up, with or without scope narrowing) returns no foreign row and no totals', async () => {
      const visible = new Set(Object.values(tickets).filter((id) => !foreign.some((k) => tickets[k] === id)));
      const foreignIds = new Set(foreign.map((k) => tickets[k]));
      const widen = ['team:all', 'group:g-net', 'group:g-n1', 'agent:a-pedro', 'unassigned', 'requester:req-bob', 'staff'];
      for (const scopes of [undefined, widen]) {
        const clientId = clientIdFor(`${user}-pull`);
        const res = await pull(server.app, token(), { clientId, cursor: 0, limit: 1000, ...(scopes ? { scopes } : {}) });
        expect(res.statusCode).toBe(200);
        expect(Object.keys(res.json() as object).sort()).toEqual(['changes', 'cursor', 'hasMore', 'lastMutationId', 'rejections', 'rejectionsThrough']);
        const all = await pullAll(server.app, token(), clientId);
        for (const c of all.changes) {
          expect(Object.keys(c).sort()).toEqual(['op', 'pk', 'row', 'seq', 'table', 'visible']);
          const ticketId = c.table === 'tickets' ? c.pk : (c.row.ticketId as string | undefined);
          if (ticketId) expect(foreignIds.has(ticketId), `${role} got ${c.table} of a foreign ticket`).toBe(false);
          if (role === 'requester') {
            expect(['tickets', 'comments', 'ticket_events']).toContain(c.table);
            expect(JSON.stringify(c.row)).not.toContain('secreta');
          }
        }
        const got = new Set(all.changes.filter((c) => c.table === 'tickets').map((c) => c.pk));
        for (const id of got) expect(visible.has(id) || !Object.values(tickets).includes(id)).toBe(true);
      }
      // Catch-up from the log (cursor 0 → seq after the reference data) gives the same answer.
      // (A ticket that passed through this user's scopes before it left shows up there, then its
      // visible=false change evicts it: the end state holds no foreign row.)
      const log = await pullAll(server.app, token(), clientIdFor(`${user}-log`), 1);
      for (const key of applyChanges(log.changes).keys()) {
        const [table, pk] = key.split('/') as [string, string];
        const row = applyChanges(log.changes).get(key);
        const ticketId = table === 'tickets' ? pk : (row?.ticketId as string | undefined);
        expect(ticketId !== undefined && foreignIds.has(ticketId), `${role} keeps a foreign ${table} after catch-up`).toBe(false);
      }
    });

    it("refuses another user's client id on push and pull, writing nothing", async () => {
      const other = user === 'pedro' ? 'lucia' : 'pedro';
      const { clientId } = await pushOne(other, 'ticket.comment', { ticketId: tickets.n1, commentId: newId(), body: 'x', visibility: 'public' });
      const before = await counts();
      const p = await push(server.app, token(), clientId, [{ id: 2, name: 'ticket.create', args: createArgs() }]);
      const q = await pull(server.app, token(), { clientId, cursor: 0 });
      expect([p.statusCode, q.statusCode]).toEqual([403, 403]);
      expect(p.json()).toEqual({ code: 'sync.client_forbidden', params: { clientId }, fieldErrors: [] });
      expect(JSON.stringify(q.json())).not.toContain('rejections');
      expect(await counts()).toEqual(before);
    });

    it('the live socket pokes only for changes in its scopes', async () => {
      const live = await connectLive(url, tokenProtocols(token()));
      await live.next('ready');
      // Sofía (team) comments on each foreign ticket; no poke may reach this user.
      for (const key of foreign) {
        await pushOne('sofia', 'ticket.comment', { ticketId: tickets[key], commentId: newId(), body: 'ping', visibility: 'public' });
      }
      await new Promise((r) => setTimeout(r, 150));
      expect(live.messages.filter((m) => m.type === 'poke'), `${role} was poked for a foreign change`).toEqual([]);
      // And a change in its scope does poke (the socket works).
      const own = role === 'specialist' ? 'net' : role === 'requester' ? 'n1' : 'n1';
      await pushOne('sofia', 'ticket.comment', { ticketId: tickets[own], commentId: newId(), body: 'ping', visibility: 'public' });
      await live.next('poke', 3000);
      live.socket.close();
    });
  });

  describe('bad input: typed 4xx, nothing written, server stays up', () => {
    const auth = () => ({ authorization: `Bearer ${tokens.lucia ?? ''}`, 'content-type': 'application/json' });
    it.each([
      ['push: a JSON array', '/api/sync/push', '[]', 400, 'http.invalid_body'],
      ['push: null', '/api/sync/push', 'null', 400, 'http.invalid_body'],
      ['push: deeply nested args', '/api/sync/push', `{"clientId":"client-deep0001","mutations":[{"id":1,"name":"ticket.create","clientTime":"${new Date().toISOString()}","args":${'['.repeat(5000)}${']'.repeat(5000)}}]}`, 200, null],
      ['push: id 0', '/api/sync/push', JSON.stringify({ clientId: 'client-abcdefgh', mutations: [{ id: 0, name: 'x', args: {}, clientTime: new Date().toISOString() }] }), 400, 'http.invalid_body'],
      ['push: 101 mutations', '/api/sync/push', JSON.stringify({ clientId: 'client-abcdefgh', mutations: Array.from({ length: 101 }, (_, i) => ({ id: i + 1, name: 'x', args: {}, clientTime: new Date().toISOString() })) }), 400, 'http.invalid_body'],
      ['push: name too long', '/api/sync/push', JSON.stringify({ clientId: 'client-abcdefgh', mutations: [{ id: 1, name: 'x'.repeat(101), args: {}, clientTime: new Date().toISOString() }] }), 400, 'http.invalid_body'],
      ['pull: not json', '/api/sync/pull', '{', 400, 'http.invalid_body'],
      ['pull: limit 0', '/api/sync/pull', JSON.stringify({ clientId: 'client-abcdefgh', cursor: 0, limit: 0 }), 400, 'http.invalid_body'],
      ['pull: limit 1001', '/api/sync/pull', JSON.stringify({ clientId: 'client-abcdefgh', cursor: 0, limit: 1001 }), 400, 'http.invalid_body'],
      ['pull: negative cursor', '/api/sync/pull', JSON.stringify({ clientId: 'client-abcdefgh', cursor: -5 }), 400, null],
      ['pull: snapshot cursor from the future', '/api/sync/pull', JSON.stringify({ clientId: 'client-abcdefgh', cursor: 's.99999999.6.zzz' }), 400, null],
      ['pull: cursor 1e30', '/api/sync/pull', JSON.stringify({ clientId: 'client-abcdefgh', cursor: 1e30 }), 400, null],
      ['pull: oversized body', '/api/sync/pull', JSON.stringify({ clientId: 'client-abcdefgh', cursor: 0, scopes: Array.from({ length: 50 }, () => 'x'.repeat(200)), pad: 'y'.repeat(20_000) }), 413, 'http.body_too_large'],
      ['pull: unknown field', '/api/sync/pull', JSON.stringify({ clientId: 'client-abcdefgh', cursor: 0, total: true }), 400, 'http.invalid_body'],
      ['login: oversized', '/api/auth/login', JSON.stringify({ email: 'a@b.c', password: 'x'.repeat(10_000) }), 413, 'http.body_too_large'],
    ])('%s', async (_label, route, payload, status, code) => {
      const before = await counts();
      const res = await server.app.inject({ method: 'POST', url: route, headers: auth(), payload });
      if (status === 200) {
        // Args are the mutator's business: a rejection (typed), recorded, no effect.
        expect(res.statusCode).toBeLessThan(500);
      } else {
        expect(res.statusCode).toBe(status);
        const body = res.json() as { code: string; params: unknown; fieldErrors: unknown };
        expect(Object.keys(body).sort()).toEqual(['code', 'fieldErrors', 'params']);
        if (code) expect(body.code).toBe(code);
        else expect(body.code).toMatch(/^sync\.cursor_/);
        const after = await counts();
        // A well-formed pull registers its (new) client id before the cursor is checked against the
        // log; nothing else may change.
        expect({ ...after, clients: 0 }).toEqual({ ...before, clients: 0 });
        expect(after.clients - before.clients).toBeLessThanOrEqual(1);
      }
      expect((await server.app.inject({ method: 'GET', url: '/health' })).statusCode).toBe(200);
    });

    it('unknown names and invalid args are typed rejections with no effect; a replayed old mutation is not applied again', async () => {
      const clientId = clientIdFor('lucia-bad');
      const before = await counts();
      const res = await push(server.app, tokens.lucia ?? '', clientId, [
        { id: 1, name: 'ticket.delete', args: { ticketId: tickets.n1 } },
        { id: 2, name: 'ticket.comment', args: { ticketId: tickets.n1, body: 42 } },
        { id: 3, name: '__proto__', args: {} },
        { id: 4, name: 'ticket.comment', args: { ticketId: tickets.n1, commentId: newId(), body: 'real', visibility: 'internal' } },
      ]);
      const results = (res.json() as { results: Array<{ status: string; error?: { code: string } }> }).results;
      expect(results.map((r) => r.error?.code ?? r.status)).toEqual(['mutation.unknown', 'mutation.invalid_args', 'mutation.unknown', 'applied']);
      const mid = await counts();
      expect(mid.rejected_mutations).toBe(before.rejected_mutations + 3);
      expect(mid.comments).toBe(before.comments + 1);
      // Replay id 4 with different content, and ids 2 and 3 now valid: acknowledged, nothing applied; the
      // rejected ones are answered with their stored rejection (a lost push answer loses nothing).
      const replay = await push(server.app, tokens.lucia ?? '', clientId, [
        { id: 2, name: 'ticket.comment', args: { ticketId: tickets.n1, commentId: newId(), body: 'sneaky', visibility: 'internal' } },
        { id: 3, name: 'ticket.setStatus', args: { ticketId: tickets.n1, to: 'cancelled', reason: 'x' } },
        { id: 4, name: 'ticket.comment', args: { ticketId: tickets.n1, commentId: newId(), body: 'again', visibility: 'internal' } },
      ]);
      expect((replay.json() as { results: Array<{ status: string; error?: { code: string } }> }).results.map((r) => r.error?.code ?? r.status)).toEqual(['mutation.invalid_args', 'mutation.unknown', 'duplicate']);
      expect(await counts()).toEqual(mid);
      // A gap (id 9 after 4) is refused whole.
      const gap = await push(server.app, tokens.lucia ?? '', clientId, [{ id: 9, name: 'ticket.comment', args: {} }]);
      expect(gap.statusCode).toBe(409);
      expect(gap.json()).toEqual({ code: 'sync.mutation_gap', params: { expected: 5, received: 9 }, fieldErrors: [] });
      expect(await counts()).toEqual(mid);
    });

    it('the server is still up and answering after all of it', async () => {
      expect((await server.app.inject({ method: 'GET', url: '/ready' })).statusCode).toBe(200);
      const res = await fetch(`${url}/health`);
      expect(res.status).toBe(200);
    });
  });
});

void USERS;
