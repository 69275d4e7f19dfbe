import type { ParsedMail } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newId } from '../../../src/shared/domain/ids';
import { dialects } from '../../server/helpers/test-dialects';
import { createArgs, login, push } from '../../server/helpers/test-server';
import { settle, startEmailTestServer, type EmailTestServer } from './helpers/email-test-server';

const START = Date.parse('2026-11-27T12:00:00.000Z');
const DAY = 24 * 3_600_000;

describe.each(dialects)('requester notifications and action links on $name', (dialect) => {
  let t: EmailTestServer;
  let now = START;
  let lucia: string;
  let mutationId = 0;

  beforeEach(async () => {
    now = START;
    mutationId = 0;
    t = await startEmailTestServer(dialect, {}, { now: () => now });
    lucia = await login(t.server.app, 'lucia');
  });
  afterEach(() => t.close());

  async function agent(name: string, args: unknown): Promise<void> {
    mutationId += 1;
    const res = await push(t.server.app, lucia, 'client-lucia-notify', [
      { id: mutationId, name, args, clientTime: new Date(now).toISOString() },
    ]);
    expect(res.json().results[0]).toMatchObject({ status: 'applied' });
  }

  async function openTicket(
    requesterId = 'req-ana',
    organizationId = 'org-acme',
    extra: Record<string, unknown> = {},
  ) {
    const args = createArgs({ requesterId, organizationId, ...extra });
    await agent('ticket.create', args);
    return args.id as string;
  }

  async function mails(count: number): Promise<ParsedMail[]> {
    await settle(t.channel);
    return t.smtp.waitFor(count);
  }

  const ticketRow = (id: string) =>
    t.db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const linkIn = (mail: ParsedMail | undefined, action: string) =>
    new RegExp(`https://portal\\.mesa\\.test/actions/([A-Za-z0-9_.-]+)\\?do=${action}`).exec(
      mail?.text ?? '',
    )?.[1] ?? '';
  const getAction = (token: string) =>
    t.server.app.inject({ method: 'GET', url: `/api/portal/actions/${token}` });
  const postAction = (token: string, payload: Record<string, unknown>) =>
    t.server.app.inject({ method: 'POST', url: `/api/portal/actions/${token}`, payload });

  async function resolve(id: string): Promise<string> {
    await agent('ticket.resolve', {
      ticketId: id,
      resolutionCode: 'guided_user',
      solution: 'Reinicio del spooler',
      firstContact: true,
    });
    const all = await mails(2);
    return linkIn(all.at(-1), 'confirm');
  }

  it('tells the requester about the new ticket, the assignment, a public reply and the wait — threaded, in their language', async () => {
    const id = await openTicket();
    await agent('ticket.claim', { ticketId: id, expectedAssigneeId: null });
    await agent('ticket.comment', {
      ticketId: id,
      commentId: newId(),
      body: 'Nota interna',
      visibility: 'internal',
    });
    await agent('ticket.comment', {
      ticketId: id,
      commentId: newId(),
      body: '¿Puede reiniciar la impresora?',
      visibility: 'public',
    });
    await agent('ticket.setStatus', { ticketId: id, to: 'pending_requester', reason: 'Esperamos su prueba' });
    const [created, assigned, reply, waiting] = await mails(4);
    const { number } = await ticketRow(id);
    expect(created?.subject).toBe(`[${number}] Recibimos su solicitud: La impresora no imprime`);
    expect(created?.to).toMatchObject({ text: 'ana@acme.test' });
    expect(assigned?.subject).toContain('Su solicitud está siendo atendida');
    expect(reply?.text).toContain('¿Puede reiniciar la impresora?');
    expect(reply?.text).not.toContain('Nota interna');
    expect(waiting?.text).toContain('Esperamos su prueba');
    // Each mail continues the thread of the previous ones.
    expect(waiting?.inReplyTo).toBe(reply?.messageId);
    expect(waiting?.references).toEqual(
      expect.arrayContaining([created?.messageId, assigned?.messageId, reply?.messageId]),
    );
    await settle(t.channel);
    expect(t.smtp.received).toHaveLength(4);
    const bobs = await openTicket('req-bob', 'org-globex');
    const [, , , , english] = await mails(5);
    expect(english?.subject).toMatch(/^\[MS-\d+\] We received your request/);
    expect(bobs).toBeTruthy();
  });

  it('follows the per-organization rules', async () => {
    const sofia = await login(t.server.app, 'sofia');
    const rules = {
      created: false,
      assigned: true,
      agent_reply: true,
      waiting: true,
      resolved: true,
      closed: true,
    };
    const put = await t.server.app.inject({
      method: 'PUT',
      url: '/api/channels/email/rules/org-acme',
      headers: { authorization: `Bearer ${sofia}` },
      payload: rules,
    });
    expect(put.statusCode).toBe(200);
    const forbidden = await t.server.app.inject({
      method: 'PUT',
      url: '/api/channels/email/rules/org-acme',
      headers: { authorization: `Bearer ${lucia}` },
      payload: rules,
    });
    expect(forbidden.statusCode).toBe(403);
    await openTicket();
    await openTicket('req-bob', 'org-globex');
    const [only] = await mails(1);
    await settle(t.channel);
    expect(t.smtp.received).toHaveLength(1);
    expect(only?.to).toMatchObject({ text: 'bob@globex.test' });
  });

  it('closes from the confirm link: the GET shows it and changes nothing, the POST closes once', async () => {
    const id = await openTicket();
    const token = await resolve(id);
    expect(token).not.toBe('');
    const seen = await getAction(token);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toMatchObject({
      purpose: 'resolution',
      actions: ['confirm', 'reject'],
      usedAt: null,
      ticket: { status: 'resolved' },
    });
    await getAction(token);
    expect((await ticketRow(id)).status).toBe('resolved');

    const confirmed = await postAction(token, { action: 'confirm' });
    expect(confirmed.statusCode).toBe(200);
    const closed = await ticketRow(id);
    expect(closed.status).toBe('closed');
    const event = await t.db
      .selectFrom('ticket_events')
      .selectAll()
      .where('ticket_id', '=', id)
      .where('kind', '=', 'status_changed')
      .orderBy('at', 'desc')
      .executeTakeFirstOrThrow();
    expect(event).toMatchObject({ actor_id: 'req-ana', device_id: 'portal-link' });

    const again = await postAction(token, { action: 'confirm' });
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('action.used');
    expect((await getAction(token)).json()).toMatchObject({ usedAction: 'confirm' });

    // Closure brings the survey, one click per score; the answer is recorded once.
    const all = await mails(3);
    const survey = /actions\/([A-Za-z0-9_.-]+)\?do=rate&score=5/.exec(all.at(-1)?.text ?? '')?.[1] ?? '';
    expect((await getAction(survey)).json()).toMatchObject({ purpose: 'survey', actions: ['rate'] });
    expect((await postAction(survey, { action: 'confirm' })).json().code).toBe('action.not_allowed');
    const rated = await postAction(survey, { action: 'rate', score: 5, comment: 'Muy rápido' });
    expect(rated.statusCode).toBe(200);
    const rating = await t.db
      .selectFrom('ticket_events')
      .selectAll()
      .where('ticket_id', '=', id)
      .where('kind', '=', 'rated')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(rating.data_json)).toEqual({ kind: 'rated', score: 5, comment: 'Muy rápido' });
    expect((await postAction(survey, { action: 'rate', score: 1, comment: null })).statusCode).toBe(409);
  });

  it('reopens from the reject link, with the reason as a public comment', async () => {
    const id = await openTicket();
    const token = await resolve(id);
    const rejected = await postAction(token, { action: 'reject', reason: 'Sigue sin imprimir' });
    expect(rejected.statusCode).toBe(200);
    expect((await ticketRow(id)).status).toBe('in_progress');
    const comment = await t.db
      .selectFrom('comments')
      .selectAll()
      .where('ticket_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(comment).toMatchObject({ author_id: 'req-ana', visibility: 'public', body: 'Sigue sin imprimir' });
    expect((await postAction(token, { action: 'confirm' })).statusCode).toBe(409);
  });

  it('refuses an expired link and a forged one, and a form post', async () => {
    const id = await openTicket();
    const token = await resolve(id);
    const [payload, signature] = token.split('.');
    const forged = `${payload}.${(signature ?? '').replace(/^./, (c) => (c === 'A' ? 'B' : 'A'))}`;
    expect((await getAction(forged)).statusCode).toBe(404);
    expect((await postAction(forged, { action: 'confirm' })).json().code).toBe('action.invalid_token');
    const form = await t.server.app.inject({
      method: 'POST',
      url: `/api/portal/actions/${token}`,
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      payload: 'action=confirm',
    });
    expect(form.statusCode).toBe(415);
    now += 15 * DAY;
    const expired = await postAction(token, { action: 'confirm' });
    expect(expired.statusCode).toBe(410);
    expect(expired.json().code).toBe('action.expired');
    expect((await ticketRow(id)).status).toBe('resolved');
  });

  it('loses nothing across an SMTP outage: retries with backoff, then sends and records it', async () => {
    const port = t.smtp.port;
    await t.smtp.stop();
    const id = await openTicket();
    await settle(t.channel);
    await new Promise((r) => setTimeout(r, 100));
    now += 60_000;
    await settle(t.channel);
    const queued = await t.mail
      .selectFrom('mail_outbox')
      .selectAll()
      .where('ticket_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(queued.status).toBe('pending');
    expect(queued.attempts).toBeGreaterThanOrEqual(1);
    expect(queued.last_error).toMatch(/ECONNREFUSED|connect/i);
    await t.smtp.start(port);
    now += 60_000;
    const [delivered] = await mails(1);
    expect(delivered?.messageId).toBe(queued.message_id);
    const sent = await t.mail
      .selectFrom('mail_outbox')
      .selectAll()
      .where('id', '=', queued.id)
      .executeTakeFirstOrThrow();
    expect(sent.status).toBe('sent');
    const recorded = await t.mail
      .selectFrom('mail_messages')
      .selectAll()
      .where('message_id', '=', queued.message_id)
      .executeTakeFirstOrThrow();
    expect(recorded).toMatchObject({ direction: 'out', ticket_id: id, outbox_id: queued.id });
  });

  it('refuses to queue a notification whose subject would carry CR/LF (kept as failed)', async () => {
    const id = await openTicket('req-ana', 'org-acme', { title: 'Impresora\r\nBcc: victim@evil.test' });
    await settle(t.channel);
    const row = await t.mail
      .selectFrom('mail_outbox')
      .selectAll()
      .where('ticket_id', '=', id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'failed', last_error: 'mail.header_injection' });
    expect(t.smtp.received).toHaveLength(0);
  });
});
