import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../src/shared/domain/ids';
import { dialects } from '../server/helpers/test-dialects';
import { PASSWORD, USERS } from '../server/helpers/fixtures';
import { clientIdFor, createArgs, login, pullAll, startTestServer } from '../server/helpers/test-server';
import { openDeskClient, type DeskClient } from './helpers/desk-client';
import { hashRows, integrityCheck, localView, normalizeEvent } from './helpers/local-view';

type Server = Awaited<ReturnType<typeof startTestServer>>;

describe.each(dialects)('desktop sync against a real server on $name', (dialect) => {
  let server: Server;
  let url: string;
  const desks: DeskClient[] = [];

  beforeEach(async () => {
    server = await startTestServer(dialect);
    url = await server.app.listen({ host: '127.0.0.1', port: 0 });
  });
  afterEach(async () => {
    for (const d of desks.splice(0)) await d.close();
    await server.close();
  });

  async function deskFor(user: 'lucia' | 'pedro' | 'sofia'): Promise<DeskClient> {
    const u = USERS[user];
    if (!u?.agentId) throw new Error(user);
    const desk = await openDeskClient(url, u.agentId, u.role === 'supervisor' ? 'supervisor' : 'agent');
    desks.push(desk);
    await desk.client.login(u.email, PASSWORD);
    await desk.client.idle();
    return desk;
  }

  /** The server's view of what this user may see, from a fresh snapshot by another client id. */
  async function serverView(user: 'lucia' | 'pedro' | 'sofia') {
    const token = await login(server.app, user);
    const { changes } = await pullAll(server.app, token, clientIdFor(`${user}-check`));
    const latest = new Map<string, { table: string; row: Record<string, unknown> }>();
    for (const c of changes) latest.set(`${c.table}/${c.pk}`, { table: c.table, row: c.row });
    const rows = (table: string) => [...latest.values()].filter((v) => v.table === table).map((v) => v.row as { id: string });
    return { tickets: rows('tickets'), comments: rows('comments'), events: rows('ticket_events').map(normalizeEvent) };
  }

  async function expectMirrorsServer(desk: DeskClient, user: 'lucia' | 'pedro' | 'sofia') {
    const [local, remote] = [await localView(desk.store), await serverView(user)];
    const byId = (rows: Array<{ id: string }>) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(local.tickets)).toEqual(byId(remote.tickets));
    expect(byId(local.events)).toEqual(byId(remote.events));
    expect(hashRows(local.tickets)).toBe(hashRows(remote.tickets));
    expect(hashRows(local.comments)).toBe(hashRows(remote.comments));
    expect(hashRows(local.events)).toBe(hashRows(remote.events));
    expect(integrityCheck(desk.store)).toBe('ok');
  }

  it('two agents claim the same ticket: the first committed claim wins, the other is told who has it', async () => {
    const lucia = await deskFor('lucia');
    const pedro = await deskFor('pedro');
    const t = createArgs();
    await lucia.mutate('ticket.create', t);
    await lucia.mutate('ticket.assign', { ticketId: t.id, assigneeId: null, groupId: 'g-n1' });
    await lucia.sync();
    await pedro.sync();
    expect(await pedro.store.db.selectFrom('tickets').select('number').where('id', '=', t.id).executeTakeFirst()).toEqual({
      number: 'MS-10001',
    });

    // Both saw it unassigned and click "Assign to me"; Lucía's claim reaches the server first.
    await lucia.mutate('ticket.claim', { ticketId: t.id, expectedAssigneeId: null });
    await pedro.mutate('ticket.claim', { ticketId: t.id, expectedAssigneeId: null });
    await pedro.mutate('ticket.comment', { ticketId: t.id, commentId: newId(), body: 'Mi borrador', visibility: 'internal' });
    await lucia.sync();
    await pedro.sync();

    const held = await pedro.store.db.selectFrom('tickets').select('assignee_id').where('id', '=', t.id).executeTakeFirstOrThrow();
    expect(held.assignee_id).toBe('a-lucia');
    const issues = await pedro.store.db.selectFrom('sync_issues').selectAll().execute();
    expect(issues, JSON.stringify(issues)).toHaveLength(1);
    expect(issues[0]).toMatchObject({ name: 'ticket.claim', code: 'ticket.already_taken', status: 'open' });
    expect(JSON.parse(issues[0]?.params_json ?? '{}')).toMatchObject({ holderId: 'a-lucia', holderName: 'Lucía' });
    // Pedro's other work (his comment) went through: a lost claim takes nothing else with it.
    const comments = await pedro.store.db.selectFrom('comments').select('body').execute();
    expect(comments.map((c) => c.body)).toEqual(['Mi borrador']);
    expect(await pedro.store.db.selectFrom('outbox').selectAll().execute()).toEqual([]);

    await lucia.sync(); // Pedro's comment came after Lucía's last round
    await expectMirrorsServer(lucia, 'lucia');
    await expectMirrorsServer(pedro, 'pedro');
  });

  it('offline edits are applied exactly once after reconnecting, and the provisional number is replaced', async () => {
    const lucia = await deskFor('lucia');
    lucia.online = false;
    await lucia.sync(); // the desk learns it is offline from a failed round
    const t = createArgs();
    await lucia.mutate('ticket.create', t);
    await lucia.mutate('ticket.comment', { ticketId: t.id, commentId: newId(), body: 'Sin red', visibility: 'internal' });
    await lucia.mutate('ticket.setStatus', { ticketId: t.id, to: 'in_progress', reason: null });
    await lucia.sync();
    const offline = await lucia.client.status();
    expect(offline).toMatchObject({ connection: 'offline', pending: 3 });
    const local = await lucia.store.db.selectFrom('tickets').select(['number', 'provisional_number']).executeTakeFirstOrThrow();
    expect(local.number).toBeNull();
    expect(local.provisional_number).toMatch(/^~/);

    lucia.online = true;
    await lucia.sync();
    await lucia.sync(); // a second round changes nothing
    expect(await lucia.client.status()).toMatchObject({ connection: 'online', pending: 0, rejected: 0 });
    const db = server.database.db;
    expect(await db.selectFrom('tickets').selectAll().execute()).toHaveLength(1);
    expect(await db.selectFrom('comments').selectAll().execute()).toHaveLength(1);
    const row = await lucia.store.db.selectFrom('tickets').select(['number', 'status']).executeTakeFirstOrThrow();
    expect(row).toEqual({ number: 'MS-10001', status: 'in_progress' });
    // Offline events keep the device's (offset-corrected) time, within what the server vouches for.
    const events = await lucia.store.db.selectFrom('ticket_events').select(['offline', 'at']).execute();
    expect(events.every((e) => e.offline === 1)).toBe(true);
    await expectMirrorsServer(lucia, 'lucia');
  });

  it('replays pending work over newer server rows and marks what no longer applies as a conflict', async () => {
    const lucia = await deskFor('lucia');
    const sofia = await deskFor('sofia');
    const t = createArgs();
    await lucia.mutate('ticket.create', t);
    await lucia.sync();
    await sofia.sync();
    // Lucía, offline, resolves; meanwhile the supervisor cancels the ticket.
    lucia.online = false;
    await lucia.mutate('ticket.setStatus', { ticketId: t.id, to: 'in_progress', reason: null });
    await sofia.mutate('ticket.setStatus', { ticketId: t.id, to: 'cancelled', reason: 'duplicado' });
    await sofia.sync();
    // Pull only (push fails for nothing: the pull itself shows the conflict before it is pushed).
    lucia.online = true;
    await lucia.sync();
    const issues = await lucia.store.db.selectFrom('sync_issues').selectAll().execute();
    expect(issues[0]).toMatchObject({ code: 'ticket.invalid_transition' });
    expect(JSON.parse(issues[0]?.params_json ?? '{}')).toMatchObject({ from: 'cancelled', to: 'in_progress' });
    await expectMirrorsServer(lucia, 'lucia');
  });
});
