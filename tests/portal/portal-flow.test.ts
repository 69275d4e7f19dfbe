import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mailDb } from '../../src/server/channels/email/mail-tables';
import { dialects } from '../server/helpers/test-dialects';
import { clientIdFor, login, pullAll, push } from '../server/helpers/test-server';
import { cookieFrom, portalGet, portalPost, portalLogin, portalSession, newRequest, startPortalServer } from './helpers/portal-server';

describe.each(dialects)('portal flow ($name)', (dialect) => {
  let server: Awaited<ReturnType<typeof startPortalServer>>;
  beforeAll(async () => {
    server = await startPortalServer(dialect);
  });
  afterAll(async () => server?.close());

  it('open → desk answers → resolved → confirmed → rated, all through the mutators and sync', async () => {
    const ana = await portalLogin(server.app, 'ana');
    const created = await portalPost(server.app, ana, '/api/portal/tickets', newRequest());
    const { id, number } = created.json() as { id: string; number: string };
    expect(number).toMatch(/^MS-\d+$/);
    const lucia = await login(server.app, 'lucia');
    const client = clientIdFor('lucia');
    const seen = await pullAll(server.app, lucia, client);
    const ticketRow = seen.changes.find((c) => c.table === 'tickets' && c.pk === id);
    expect(ticketRow?.row).toMatchObject({ channel: 'portal', requesterId: 'req-ana', status: 'new' });

    const answer = await push(server.app, lucia, client, [
      { id: 1, name: 'ticket.claim', args: { ticketId: id, expectedAssigneeId: null } },
      { id: 2, name: 'ticket.comment', args: { ticketId: id, commentId: '01900000-0000-7000-8000-0000000000a1', body: '¿Qué modelo de impresora es?', visibility: 'public' } },
      { id: 3, name: 'ticket.comment', args: { ticketId: id, commentId: '01900000-0000-7000-8000-0000000000a2', body: 'nota interna', visibility: 'internal' } },
    ]);
    expect(answer.statusCode).toBe(200);
    const detail = (await portalGet(server.app, ana, `/api/portal/tickets/${id}`)).json() as { history: Array<{ kind: string; body?: string; author?: string }> };
    const comments = detail.history.filter((h) => h.kind === 'comment');
    expect(comments).toEqual([expect.objectContaining({ author: 'desk', body: '¿Qué modelo de impresora es?' })]);

    expect((await portalPost(server.app, ana, `/api/portal/tickets/${id}/comments`, { body: 'HP LaserJet 4250' })).statusCode).toBe(201);
    expect((await portalPost(server.app, ana, `/api/portal/tickets/${id}/confirm`, {})).statusCode).toBe(409);
    await push(server.app, lucia, client, [
      { id: 4, name: 'ticket.setStatus', args: { ticketId: id, to: 'in_progress', reason: null } },
      { id: 5, name: 'ticket.setStatus', args: { ticketId: id, to: 'resolved', reason: null } },
    ]);
    const resolved = (await portalGet(server.app, ana, `/api/portal/tickets/${id}`)).json() as { canConfirm: boolean; status: string };
    expect(resolved).toMatchObject({ status: 'resolved', canConfirm: true });
    expect((await portalPost(server.app, ana, `/api/portal/tickets/${id}/rate`, { score: 5 })).statusCode).toBe(409);
    expect((await portalPost(server.app, ana, `/api/portal/tickets/${id}/confirm`, {})).json()).toEqual({ status: 'closed' });
    const rated = await portalPost(server.app, ana, `/api/portal/tickets/${id}/rate`, { score: 4, comment: 'Rápido' });
    expect(rated.statusCode).toBe(200);
    expect((await portalPost(server.app, ana, `/api/portal/tickets/${id}/rate`, { score: 1 })).json()).toMatchObject({ code: 'rating.already_rated' });
    const final = (await portalGet(server.app, ana, `/api/portal/tickets/${id}`)).json();
    expect(final).toMatchObject({ status: 'closed', canRate: false, rating: { score: 4, comment: 'Rápido' } });

    const later = await pullAll(server.app, lucia, client, seen.cursor);
    const kinds = later.changes.filter((c) => c.table === 'ticket_events').map((c) => (c.row as { data: { kind: string } }).data.kind);
    expect(kinds).toEqual(expect.arrayContaining(['status_changed', 'rated']));
  });

  it('reject reopens with the reason as a public comment', async () => {
    const ana = await portalLogin(server.app, 'ana');
    const { id } = (await portalPost(server.app, ana, '/api/portal/tickets', newRequest({ type: 'request', categoryId: null }))).json() as { id: string };
    const lucia = await login(server.app, 'lucia');
    const client = clientIdFor('lucia2');
    await pullAll(server.app, lucia, client);
    await push(server.app, lucia, client, [
      { id: 1, name: 'ticket.setStatus', args: { ticketId: id, to: 'in_progress', reason: null } },
      { id: 2, name: 'ticket.setStatus', args: { ticketId: id, to: 'resolved', reason: null } },
    ]);
    const res = await portalPost(server.app, ana, `/api/portal/tickets/${id}/reject`, { reason: 'Sigue sin imprimir' });
    expect(res.json()).toEqual({ status: 'in_progress' });
    const detail = (await portalGet(server.app, ana, `/api/portal/tickets/${id}`)).json() as { status: string; history: Array<{ body?: string }> };
    expect(detail.status).toBe('in_progress');
    expect(detail.history.some((h) => h.body === 'Sigue sin imprimir')).toBe(true);
  });

  it('one-time sign-in links: mailed, signed, single-use, expiring; unknown addresses get nothing', async () => {
    server.links.length = 0;
    const ask = (email: string, next?: string) => server.app.inject({ method: 'POST', url: '/api/portal/link', payload: { email, ...(next ? { next } : {}) } });
    expect((await ask('nobody@nowhere.test')).statusCode).toBe(202);
    expect(server.links).toEqual([]);
    expect((await ask('ana@acme.test', '/portal/requests/new')).statusCode).toBe(202);
    const [link] = server.links;
    expect(link?.url).toMatch(/^https:\/\/desk\.test\/portal\/link#[\w-]{22}\.[\w-]{43}$/);
    const outbox = await mailDb(server.database.db).selectFrom('mail_outbox').selectAll().where('kind', '=', 'portal_login_link').execute();
    expect(outbox.map((m) => m.to_address)).toEqual(['ana@acme.test']);
    expect(outbox[0]?.text_body).toContain(link!.url);
    const token = link!.url.split('#')[1]!;
    const tampered = `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`;
    const redeem = (t: string) => server.app.inject({ method: 'POST', url: '/api/portal/link/redeem', payload: { token: t } });
    expect((await redeem(tampered)).statusCode).toBe(404);
    const first = await redeem(token);
    expect(first.json()).toEqual({ next: '/portal/requests/new' });
    const me = await portalSession(server.app, cookieFrom(first));
    expect(me.csrf).toBeTruthy();
    expect((await redeem(token)).json()).toMatchObject({ code: 'portal.link_used' });
    // Expiry.
    server.links.length = 0;
    await ask('ana@acme.test');
    server.advance(16 * 60_000);
    expect((await redeem(server.links[0]!.url.split('#')[1]!)).json()).toMatchObject({ code: 'portal.link_expired' });
    // A known requester without an account gets one on the spot.
    await server.database.db
      .insertInto('requesters')
      .values({ id: 'req-dora', organization_id: 'org-acme', area_id: null, name: 'Dora', email: 'dora@acme.test', phone: null, language: 'es' })
      .execute();
    server.links.length = 0;
    await ask('dora@acme.test');
    const dora = await redeem(server.links[0]!.url.split('#')[1]!);
    expect(dora.statusCode).toBe(200);
    const doraMe = await portalGet(server.app, { cookie: cookieFrom(dora), csrf: '' }, '/api/portal/me');
    expect(doraMe.json()).toMatchObject({ requesterId: 'req-dora', name: 'Dora' });
  });
});
