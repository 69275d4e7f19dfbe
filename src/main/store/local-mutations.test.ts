import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSeededIdGenerator } from '../../shared/domain/ids';
import { applyLocalMutation } from './apply-local-mutation';
import type { StoreHandle } from './open-database';
import { createTestContext, createTestStore } from './testing/create-test-store';
import { ticketFromRow } from './ticket-rows';

// Each named mutation's business rules, run through the real SQLite transaction.
describe('ticket mutations on the local store', () => {
  let store: StoreHandle;
  let ctx: ReturnType<typeof createTestContext>;
  const ids = createSeededIdGenerator(3);
  const ticketId = ids();

  const run = (name: string, args: unknown, over = {}) => applyLocalMutation(store.db, { ...ctx, ...over }, name, args);
  const ticket = async () =>
    ticketFromRow(await store.db.selectFrom('tickets').selectAll().where('id', '=', ticketId).executeTakeFirstOrThrow());
  const lastEvent = async () =>
    JSON.parse(
      (await store.db.selectFrom('ticket_events').select('data_json').orderBy('seq', 'desc').executeTakeFirstOrThrow()).data_json,
    );

  beforeEach(async () => {
    store = await createTestStore();
    ctx = createTestContext();
    await run('ticket.create', {
      id: ticketId,
      type: 'incident',
      title: 'VPN no conecta',
      description: '',
      requesterId: 'req-lucia',
      organizationId: 'org-acme',
      areaId: null,
      channel: 'email',
      categoryId: null,
      impact: 'low',
      urgency: 'low',
    });
  });
  afterEach(async () => {
    await store.close();
  });

  it('creates a new, unassigned N1 ticket with a computed priority and a created event', async () => {
    expect(await ticket()).toMatchObject({ status: 'new', priority: 'P4', assigneeId: null, level: 'N1', number: null, version: 1 });
    expect(await lastEvent()).toEqual({ kind: 'created', channel: 'email', status: 'new', priority: 'P4' });
  });

  it('refuses a requester from another organization and an area of another organization', async () => {
    const base = { type: 'request', title: 'x', description: '', channel: 'portal', categoryId: null, impact: 'low', urgency: 'low' };
    await expect(
      run('ticket.create', { ...base, id: ids(), requesterId: 'req-john', organizationId: 'org-acme', areaId: null }),
    ).rejects.toMatchObject({ code: 'reference.requester_organization_mismatch' });
    await expect(
      run('ticket.create', { ...base, id: ids(), requesterId: 'req-john', organizationId: 'org-beta', areaId: 'area-fin' }),
    ).rejects.toMatchObject({ code: 'reference.unknown_area' });
  });

  it('refuses to create the same ticket id twice', async () => {
    const again = run('ticket.create', { id: ticketId, type: 'incident', title: 'dup', description: '', requesterId: 'req-lucia', organizationId: 'org-acme', areaId: null, channel: 'email', categoryId: null, impact: 'low', urgency: 'low' });
    await expect(again).rejects.toMatchObject({ code: 'ticket.already_exists' });
  });

  it('categorizes, recording from and to, and refuses an unknown category', async () => {
    await run('ticket.categorize', { ticketId, categoryId: 'cat-hw-printer' });
    expect((await ticket()).categoryId).toBe('cat-hw-printer');
    expect(await lastEvent()).toEqual({ kind: 'categorized', from: null, to: 'cat-hw-printer' });
    await expect(run('ticket.categorize', { ticketId, categoryId: 'cat-nope' })).rejects.toMatchObject({
      code: 'reference.unknown_category',
    });
  });

  it('re-prioritizes from impact and urgency and refuses a stale base version', async () => {
    await run('ticket.prioritize', { ticketId, impact: 'high', urgency: 'high', baseVersion: 1 });
    expect(await ticket()).toMatchObject({ priority: 'P1', version: 2 });
    await expect(run('ticket.prioritize', { ticketId, impact: 'low', urgency: 'low', baseVersion: 1 })).rejects.toMatchObject({
      code: 'ticket.version_mismatch',
      params: { baseVersion: 1, currentVersion: 2 },
    });
  });

  it('resolves, lets only the requester close, and clears the resolution on reopen', async () => {
    await run('ticket.setStatus', { ticketId, to: 'resolved' });
    expect((await ticket()).resolvedAt).toBe(ctx.now);
    await expect(run('ticket.setStatus', { ticketId, to: 'closed' })).rejects.toMatchObject({
      code: 'ticket.close_requires_requester',
    });
    await run('ticket.setStatus', { ticketId, to: 'in_progress', reason: 'Sigue sin conectar' });
    expect(await ticket()).toMatchObject({ status: 'in_progress', resolvedAt: null });
    expect(await lastEvent()).toEqual({ kind: 'status_changed', from: 'resolved', to: 'in_progress', reason: 'Sigue sin conectar' });
    await run('ticket.setStatus', { ticketId, to: 'resolved' });
    await run('ticket.setStatus', { ticketId, to: 'closed' }, { actorRole: 'requester', actorId: 'req-lucia' });
    expect(await ticket()).toMatchObject({ status: 'closed', closedAt: ctx.now });
  });

  it('assigns to an agent and a group, refusing unknown ones', async () => {
    await run('ticket.assign', { ticketId, assigneeId: 'agent-ana', groupId: 'group-n1' });
    expect(await ticket()).toMatchObject({ assigneeId: 'agent-ana', groupId: 'group-n1' });
    await expect(run('ticket.assign', { ticketId, assigneeId: 'agent-zzz', groupId: null })).rejects.toMatchObject({
      code: 'reference.unknown_agent',
    });
    await expect(run('ticket.assign', { ticketId, assigneeId: null, groupId: 'group-zzz' })).rejects.toMatchObject({
      code: 'reference.unknown_group',
    });
  });

  it('appends comments and refuses them on a cancelled ticket', async () => {
    await run('ticket.comment', { ticketId, commentId: ids(), body: 'Llamé al usuario', visibility: 'internal' });
    const comments = await store.db.selectFrom('comments').selectAll().execute();
    expect(comments.map((c) => [c.body, c.visibility, c.author_id])).toEqual([['Llamé al usuario', 'internal', 'agent-ana']]);
    await run('ticket.setStatus', { ticketId, to: 'cancelled', reason: 'duplicado' });
    await expect(
      run('ticket.comment', { ticketId, commentId: ids(), body: 'otra', visibility: 'public' }),
    ).rejects.toMatchObject({ code: 'ticket.closed' });
  });

  it('keeps the event history append-only even against direct SQL', () => {
    // Optimistic events (not yet acknowledged) may be undone by a pull; server history may not.
    store.sqlite.prepare('UPDATE ticket_events SET kind = kind WHERE 0').run();
    expect(() => store.sqlite.prepare('DELETE FROM ticket_events WHERE local_mutation_id IS NOT NULL').run()).not.toThrow();
    store.sqlite
      .prepare(
        "INSERT INTO ticket_events (id, ticket_id, actor_id, device_id, at, offline, kind, data_json) SELECT 'ev-server', id, 'agent-ana', 'server', created_at, 0, 'created', '{}' FROM tickets LIMIT 1",
      )
      .run();
    expect(() => store.sqlite.prepare('DELETE FROM ticket_events').run()).toThrow(/append-only/);
    expect(() => store.sqlite.prepare("UPDATE ticket_events SET kind = 'x'").run()).toThrow(/append-only/);
  });
});
