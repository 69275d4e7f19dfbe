import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../src/shared/domain/ids';
import { connectLive, tokenProtocols, type LiveClient } from './helpers/live-client';
import { dialects, postgresDialect } from './helpers/test-dialects';
import { clientIdFor, createArgs, login, push, startInstance, startTestServer } from './helpers/test-server';

type Server = Awaited<ReturnType<typeof startTestServer>>;
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe.each(dialects)('live pokes on $name', (dialect) => {
  let server: Server;
  let url: string;
  const sockets: LiveClient[] = [];

  beforeEach(async () => {
    server = await startTestServer(dialect);
    url = await server.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterEach(async () => {
    for (const s of sockets.splice(0)) s.socket.terminate();
    await server.close();
  });

  const live = async (protocols: string[]) => {
    const client = await connectLive(url, protocols);
    sockets.push(client);
    return client;
  };

  it('pokes a subscriber, without data, when something in its scopes changes', async () => {
    const lucia = await login(server.app, 'lucia');
    const client = await live(tokenProtocols(lucia));
    expect(client.socket.protocol).toBe('mesa.v1');
    const ready = await client.next('ready');
    await push(server.app, lucia, clientIdFor('lucia'), [
      { id: 1, name: 'ticket.create', args: createArgs() },
    ]);
    const poke = await client.next('poke');
    expect(Object.keys(poke).sort()).toEqual(['seq', 'type']);
    expect(poke.seq).toBeGreaterThan(ready.seq ?? 0);
  });

  it("does not poke for changes outside the subscriber's scopes", async () => {
    const sofia = await login(server.app, 'sofia');
    const sofiaClient = clientIdFor('sofia');
    const t = createArgs({ requesterId: 'req-bob', organizationId: 'org-globex', categoryId: null });
    await push(server.app, sofia, sofiaClient, [
      { id: 1, name: 'ticket.create', args: t },
      { id: 2, name: 'ticket.assign', args: { ticketId: t.id, assigneeId: 'a-marco', groupId: 'g-net' } },
    ]);
    const ana = await live(tokenProtocols(await login(server.app, 'ana')));
    const marco = await live(tokenProtocols(await login(server.app, 'marco')));
    await Promise.all([ana.next('ready'), marco.next('ready')]);
    await push(server.app, sofia, sofiaClient, [
      {
        id: 3,
        name: 'ticket.comment',
        args: { ticketId: t.id, commentId: newId(), body: 'Revisado', visibility: 'public' },
      },
    ]);
    await marco.next('poke');
    await sleep(200);
    expect(ana.messages.map((m) => m.type)).toEqual(['ready']);
  });

  it('accepts the token as the first message instead of a subprotocol', async () => {
    const client = await live(['mesa.v1']);
    client.socket.send(JSON.stringify({ type: 'auth', token: await login(server.app, 'sofia') }));
    await client.next('ready');
  });

  it('refuses a bad token before the upgrade and closes an unauthenticated socket', async () => {
    await expect(connectLive(url, tokenProtocols('not-a-valid-token-000000000'))).rejects.toThrow(/HTTP 401/);
    const client = await live(['mesa.v1']);
    client.socket.send(JSON.stringify({ type: 'auth', token: 'nope' }));
    expect((await client.closed).code).toBe(4401);
  });

  it("closes the session's sockets on logout", async () => {
    const token = await login(server.app, 'lucia');
    const client = await live(tokenProtocols(token));
    await client.next('ready');
    await server.app.inject({
      method: 'POST',
      url: '/api/auth/logout',
      headers: { authorization: `Bearer ${token}` },
    });
    expect((await client.closed).code).toBe(4001);
  });
});

describe.skipIf(!postgresDialect)('two instances on one PostgreSQL', () => {
  it('a push on instance A pokes a WebSocket client on instance B (LISTEN/NOTIFY, safety net off)', async () => {
    const a = await startTestServer(postgresDialect!, { safetyNetMs: 0 });
    const b = await startInstance(a.testDb, { safetyNetMs: 0 });
    try {
      const urlB = await b.app.listen({ host: '127.0.0.1', port: 0 });
      const tokenOnB = await login(b.app, 'lucia');
      const client = await connectLive(urlB, tokenProtocols(tokenOnB));
      await client.next('ready');
      const tokenOnA = await login(a.app, 'lucia');
      await push(a.app, tokenOnA, clientIdFor('lucia'), [
        { id: 1, name: 'ticket.create', args: createArgs() },
      ]);
      // Pokes are leading-edge: an earlier one (B's own start-up catch-up) may come first; the push's
      // commit must be announced by one of them.
      // (B may poke before A's own feed has looked at the commit: compare with A once it has.)
      await a.context.feed.settle();
      const committed = a.context.feed.lastSeq;
      let poke = await client.next('poke', 5000);
      while ((poke.seq ?? 0) < committed) poke = await client.next('poke', 5000);
      expect(poke.seq).toBe(committed);
      client.socket.terminate();
    } finally {
      await b.close();
      await a.close();
    }
  });

  it('the safety net finds a change whose NOTIFY never came', async () => {
    const a = await startTestServer(postgresDialect!, { safetyNetMs: 100 });
    try {
      const url = await a.app.listen({ host: '127.0.0.1', port: 0 });
      const token = await login(a.app, 'sofia');
      const client = await connectLive(url, tokenProtocols(token));
      await client.next('ready');
      // Written behind the server's back (another instance that crashed before its NOTIFY).
      const { writeReferenceData } = await import('../../src/server/reference/write-reference-data');
      await writeReferenceData(a.database.db, { groups: [{ id: 'g-new', name: 'Nuevo', level: 'N3' }] });
      await client.next('poke', 3000);
      client.socket.terminate();
    } finally {
      await a.close();
    }
  });
});
