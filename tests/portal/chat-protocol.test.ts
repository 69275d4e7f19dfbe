import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialects } from '../server/helpers/test-dialects';
import { login } from '../server/helpers/test-server';
import { openJsonSocket, type JsonSocket } from './helpers/chat-sockets';
import { startPortalServer } from './helpers/portal-server';

type Chat = { id: string; status: string; ticketId: string | null; ticketNumber: string | null; waitSeconds: number | null; messages: Array<{ author: string; body: string }> };

describe.each(dialects)('chat protocol ($name)', (dialect) => {
  let server: Awaited<ReturnType<typeof startPortalServer>>;
  let base: string;
  let token: string;
  const sockets: JsonSocket[] = [];
  const visitor = async (headers: Record<string, string> = {}) => {
    const s = await openJsonSocket(`${base.replace('http', 'ws')}/api/chat/visitor`, [], headers);
    sockets.push(s);
    return s;
  };
  const act = (id: string, action: string, payload: unknown = {}) =>
    server.app.inject({ method: 'POST', url: `/api/chat/chats/${id}/${action}`, headers: { authorization: `Bearer ${token}` }, payload: payload as Record<string, unknown> });

  beforeAll(async () => {
    server = await startPortalServer(dialect);
    base = await server.app.listen({ host: '127.0.0.1', port: 0 });
    token = await login(server.app, 'lucia');
  });
  afterAll(async () => {
    for (const s of sockets) s.socket.terminate();
    await server?.close();
  });

  it('a chat reaches the agents, is answered, and becomes a chat ticket with its real times', async () => {
    const agent = await openJsonSocket(`${base.replace('http', 'ws')}/api/chat/agent`, ['mesa.v1', `mesa.auth.${token}`]);
    sockets.push(agent);
    await agent.next((m) => m.type === 'snapshot');
    const v = await visitor();
    v.send({ type: 'hello', name: 'Ana', email: 'ana@acme.test', language: 'es' });
    const welcome = await v.next((m) => m.type === 'welcome');
    const incoming = await agent.next((m) => m.type === 'chat' && m.incoming === true);
    const chatId = (incoming.chat as Chat).id;
    expect(chatId).toBe(welcome.chatId);
    v.send({ type: 'message', text: 'No me funciona el correo' });
    await agent.next((m) => m.type === 'chat' && (m.chat as Chat).messages.length === 1);

    expect((await act(chatId, 'messages', { text: 'antes' })).json()).toMatchObject({ code: 'chat.not_accepted' });
    server.advance(45_000);
    expect((await act(chatId, 'accept')).statusCode).toBe(200);
    const pedro = await login(server.app, 'pedro');
    const stolen = await server.app.inject({ method: 'POST', url: `/api/chat/chats/${chatId}/accept`, headers: { authorization: `Bearer ${pedro}` } });
    expect(stolen.json()).toMatchObject({ code: 'chat.already_taken' });
    const answered = (await act(chatId, 'messages', { text: '¿Qué error ve?' })).json() as Chat;
    expect(answered.waitSeconds).toBe(45);
    const line = await v.next((m) => m.type === 'message' && (m.message as { author: string }).author === 'agent');
    expect((line.message as { body: string; agentName: string }).agentName).toBe('Lucía');

    const converted = (await act(chatId, 'convert')).json() as Chat;
    expect(converted.ticketNumber).toMatch(/^MS-/);
    const ticket = await server.database.db.selectFrom('tickets').selectAll().where('id', '=', converted.ticketId!).executeTakeFirstOrThrow();
    expect(ticket).toMatchObject({ channel: 'chat', requester_id: 'req-ana', assignee_id: 'a-lucia', title: 'No me funciona el correo' });
    const comments = await server.database.db.selectFrom('comments').selectAll().where('ticket_id', '=', ticket.id).orderBy('created_at').execute();
    expect(comments.map((c) => [c.author_id, c.visibility])).toEqual([['a-lucia', 'public']]);
    expect(Date.parse(comments[0]!.created_at) - Date.parse(ticket.created_at)).toBe(45_000);
    expect((await act(chatId, 'convert')).statusCode).toBe(409);

    // After the conversion, lines keep landing on the ticket; ending tells the visitor the number.
    v.send({ type: 'message', text: 'Dice «buzón lleno»' });
    await agent.next((m) => m.type === 'chat' && (m.chat as Chat).messages.length === 3);
    await act(chatId, 'end');
    const ended = await v.next((m) => m.type === 'status' && m.status === 'ended');
    expect(ended.ticketNumber).toBe(converted.ticketNumber);
    const after = await server.database.db.selectFrom('comments').select('author_id').where('ticket_id', '=', ticket.id).execute();
    expect(after.map((c) => c.author_id).sort()).toEqual(['a-lucia', 'req-ana']);
  });

  it('an abandoned chat becomes a ticket by itself; a reload resumes', async () => {
    const v = await visitor();
    v.send({ type: 'hello', name: 'Bob', email: 'bob@globex.test', language: 'en' });
    const welcome = await v.next((m) => m.type === 'welcome');
    v.send({ type: 'message', text: 'VPN down' });
    await new Promise((r) => setTimeout(r, 50));
    v.socket.close();
    const again = await visitor();
    again.send({ type: 'hello', name: 'Bob', email: 'bob@globex.test', language: 'en', resume: welcome.resume });
    const resumed = await again.next((m) => m.type === 'welcome');
    expect(resumed.chatId).toBe(welcome.chatId);
    expect((resumed.messages as unknown[]).length).toBe(1);
    again.socket.close();
    await new Promise((r) => setTimeout(r, 600));
    const row = await server.database.db.selectFrom('tickets').selectAll().where('title', '=', 'VPN down').executeTakeFirst();
    expect(row).toMatchObject({ channel: 'chat', requester_id: 'req-bob', status: 'new' });
  });

  it('refuses bad input, foreign origins, floods and requesters on the agent side', async () => {
    const bad = await visitor();
    bad.send('not json');
    expect(await bad.closed).toBe(4400);
    const noHello = await visitor();
    noHello.send({ type: 'message', text: 'hi' });
    await noHello.next((m) => m.type === 'error' && m.code === 'chat.bad_message');
    const long = await visitor();
    long.send({ type: 'hello', name: 'X', email: 'not-an-email', language: 'es' });
    expect(await long.closed).toBe(4400);
    const foreign = await visitor({ origin: 'https://evil.example' });
    expect(await foreign.closed).toBe(4400);

    const flood = await visitor();
    flood.send({ type: 'hello', name: 'F', email: 'f@acme.test', language: 'es' });
    await flood.next((m) => m.type === 'welcome');
    for (let i = 0; i < 10; i++) flood.send({ type: 'message', text: `m${i}` });
    await flood.next((m) => m.type === 'error' && m.code === 'chat.rate_limited');
    flood.socket.close();

    const requesterToken = await login(server.app, 'ana');
    await expect(openJsonSocket(`${base.replace('http', 'ws')}/api/chat/agent`, ['mesa.v1', `mesa.auth.${requesterToken}`])).rejects.toThrow(/401/);
    const list = await server.app.inject({ method: 'GET', url: '/api/chat/chats', headers: { authorization: `Bearer ${requesterToken}` } });
    expect(list.statusCode).toBe(403);
  });
});
