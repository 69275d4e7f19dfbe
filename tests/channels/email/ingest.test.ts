import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dialects } from '../../server/helpers/test-dialects';
import { createArgs, login, push } from '../../server/helpers/test-server';
import { startEmailTestServer, settle, type EmailTestServer } from './helpers/email-test-server';
import { fixture } from './helpers/fixtures';
import { ingest, plainMail } from './helpers/ingest-helpers';

describe.each(dialects)('email in on $name', (dialect) => {
  let t: EmailTestServer;

  beforeEach(async () => {
    t = await startEmailTestServer(dialect, { rateLimit: { maxMessages: 3, windowSeconds: 600 } });
  });
  afterEach(() => t.close());

  const ticket = (id: string) =>
    t.db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const comments = (ticketId: string) =>
    t.db.selectFrom('comments').selectAll().where('ticket_id', '=', ticketId).orderBy('created_at').execute();

  /** Ana's ticket, opened by an agent (MS-10001). */
  async function anasTicket(): Promise<{ id: string; number: string }> {
    const token = await login(t.server.app, 'lucia');
    const args = createArgs({ requesterId: 'req-ana', organizationId: 'org-acme', channel: 'email' });
    const res = await push(t.server.app, token, 'client-lucia-ingest', [
      { id: 1, name: 'ticket.create', args },
    ]);
    expect(res.json().results[0].status).toBe('applied');
    const row = await ticket(args.id);
    return { id: args.id, number: row.number ?? '' };
  }

  it('turns new mail from an unknown sender into a requester and an email ticket, and confirms it', async () => {
    const outcome = await ingest(t, fixture('new-iso-8859-1.eml'));
    expect(outcome).toMatchObject({ status: 'stored', kind: 'new_ticket' });
    const created = await ticket(outcome.status === 'stored' ? (outcome.ticketId ?? '') : '');
    expect(created).toMatchObject({
      channel: 'email',
      organization_id: 'org-acme',
      title: 'La impresora de recepción no imprime',
    });
    expect(created.description).toContain('esta mañana');
    const requester = await t.db
      .selectFrom('requesters')
      .selectAll()
      .where('id', '=', created.requester_id)
      .executeTakeFirstOrThrow();
    expect(requester).toMatchObject({ email: 'jose@acme.test', name: 'José Pérez', language: 'es' });
    // Synced like any mutation: the ticket, its event and the new requester are in the change log.
    const logged = await t.db.selectFrom('change_log').select('table_name').execute();
    expect(logged.map((r) => r.table_name)).toEqual(
      expect.arrayContaining(['tickets', 'ticket_events', 'requesters']),
    );
    await settle(t.channel);
    const [confirmation] = await t.smtp.waitFor(1);
    expect(confirmation?.subject).toBe(
      `[${created.number}] Recibimos su solicitud: La impresora de recepción no imprime`,
    );
    expect(confirmation?.inReplyTo).toBe('<iso-8859-1-new@acme.test>');
    expect(confirmation?.text).toContain(created.number ?? '?');
    expect(confirmation?.headers.get('auto-submitted')).toBe('auto-generated');
  });

  it('threads a reply by its subject tag: a public comment by the requester, quoted history left out', async () => {
    const { id, number } = await anasTicket();
    const outcome = await ingest(t, fixture('outlook-html-reply.eml', { NUMBER: number }));
    expect(outcome).toMatchObject({ kind: 'reply', ticketId: id });
    const [comment] = await comments(id);
    expect(comment).toMatchObject({
      author_id: 'req-ana',
      visibility: 'public',
      body: 'Ya probé reiniciar el equipo y sigue igual.\n\nAna',
    });
    const stored = await t.mail
      .selectFrom('mail_messages')
      .selectAll()
      .where('message_id', '=', '<outlook-reply@acme.test>')
      .executeTakeFirstOrThrow();
    expect(stored.html_body).toContain('Ya probé');
    expect(stored.html_body).not.toContain('<style');
  });

  it('threads a reply by References to a Message-ID Mesa sent', async () => {
    const { id } = await anasTicket();
    await settle(t.channel);
    const sent = await t.mail
      .selectFrom('mail_messages')
      .selectAll()
      .where('direction', '=', 'out')
      .executeTakeFirstOrThrow();
    const outcome = await ingest(t, fixture('reply-quoted-es.eml', { MESSAGE_ID: sent.message_id }));
    expect(outcome).toMatchObject({ kind: 'reply', ticketId: id });
    expect((await comments(id))[0]?.body).toBe('Adjunto la captura que pidieron. Sigue fallando.');
  });

  it('records an out-of-office reply on its ticket and never answers it', async () => {
    const { id, number } = await anasTicket();
    await settle(t.channel);
    const before = t.smtp.received.length;
    const sent = await t.mail
      .selectFrom('mail_messages')
      .select('message_id')
      .where('direction', '=', 'out')
      .executeTakeFirstOrThrow();
    const outcome = await ingest(
      t,
      fixture('out-of-office.eml', { NUMBER: number, MESSAGE_ID: sent.message_id }),
    );
    expect(outcome).toMatchObject({ kind: 'auto_reply', ticketId: id, commentId: null });
    await settle(t.channel);
    expect(t.smtp.received.length).toBe(before);
    expect(await comments(id)).toEqual([]);
  });

  it('attaches a bounce to the ticket as a delivery failure and marks the outgoing mail bounced', async () => {
    const { id, number } = await anasTicket();
    await settle(t.channel);
    const sent = await t.mail.selectFrom('mail_outbox').selectAll().executeTakeFirstOrThrow();
    const outcome = await ingest(
      t,
      fixture('dsn-bounce.eml', { RECIPIENT: 'ana@acme.test', MESSAGE_ID: sent.message_id, NUMBER: number }),
      '',
    );
    expect(outcome).toMatchObject({ kind: 'bounce', ticketId: id });
    const [note] = await comments(id);
    expect(note?.visibility).toBe('internal');
    expect(note?.body).toContain('ana@acme.test (5.1.1)');
    const after = await t.mail
      .selectFrom('mail_outbox')
      .selectAll()
      .where('id', '=', sent.id)
      .executeTakeFirstOrThrow();
    expect(after.status).toBe('bounced');
  });

  it('ignores mail from its own addresses', async () => {
    const raw = plainMail({
      from: 'Mesa <soporte@mesa.test>',
      subject: 'loop',
      body: 'x',
      messageId: '<own@mesa.test>',
    });
    expect(await ingest(t, raw)).toMatchObject({ kind: 'own_address', ticketId: null });
    expect(await t.db.selectFrom('tickets').selectAll().execute()).toEqual([]);
  });

  it('stops ticketing a sender over the rate limit (still recorded)', async () => {
    const kinds = [];
    for (let i = 0; i < 5; i++) {
      const raw = plainMail({
        from: 'ana@acme.test',
        subject: `Flood ${i}`,
        body: 'x',
        messageId: `<flood-${i}@acme.test>`,
      });
      kinds.push(((await ingest(t, raw)) as { kind: string }).kind);
    }
    expect(kinds).toEqual(['new_ticket', 'new_ticket', 'new_ticket', 'rate_limited', 'rate_limited']);
  });

  it('reads a Message-ID once: the same mail twice is a duplicate', async () => {
    expect((await ingest(t, fixture('new-utf8-base64.eml'))).status).toBe('stored');
    expect(await ingest(t, fixture('new-utf8-base64.eml'))).toEqual({
      status: 'duplicate',
      messageId: '<utf8-new@acme.test>',
    });
    expect(await t.db.selectFrom('tickets').selectAll().execute()).toHaveLength(1);
  });

  it('records mail from a domain no organization claims, without a ticket (no default configured)', async () => {
    const raw = plainMail({
      from: 'x@unknown.test',
      subject: 'Hola',
      body: 'x',
      messageId: '<u@unknown.test>',
    });
    expect(await ingest(t, raw)).toMatchObject({ kind: 'unknown_sender', ticketId: null });
  });

  it("opens a new ticket instead of commenting when a stranger uses someone else's tag", async () => {
    const { id, number } = await anasTicket();
    const raw = plainMail({
      from: 'bob@globex.test',
      subject: `Re: [${number}] x`,
      body: 'hijack',
      messageId: '<hj@globex.test>',
    });
    const outcome = await ingest(t, raw);
    expect(outcome).toMatchObject({ kind: 'new_ticket' });
    expect((outcome as { ticketId: string }).ticketId).not.toBe(id);
    expect(await comments(id)).toEqual([]);
  });

  it('opens a follow-up ticket for a reply to a closed ticket', async () => {
    const { id, number } = await anasTicket();
    await t.db.updateTable('tickets').set({ status: 'closed' }).where('id', '=', id).execute();
    const raw = plainMail({
      from: 'ana@acme.test',
      subject: `Re: [${number}] x`,
      body: 'Volvió a fallar',
      messageId: '<again@acme.test>',
    });
    const outcome = await ingest(t, raw);
    expect(outcome).toMatchObject({ kind: 'follow_up' });
    const followUp = await ticket((outcome as { ticketId: string }).ticketId);
    expect(JSON.parse(followUp.tags_json)).toEqual([`follow-up:${number}`]);
  });

  it('uses the configured default organization for unclaimed domains', async () => {
    await t.close();
    t = await startEmailTestServer(dialect, { defaultOrganizationId: 'org-globex' });
    const raw = plainMail({
      from: 'Zoe <zoe@freemail.test>',
      subject: 'Hola',
      body: 'x',
      messageId: '<z@freemail.test>',
    });
    const outcome = await ingest(t, raw);
    expect(outcome).toMatchObject({ kind: 'new_ticket' });
    expect((await ticket((outcome as { ticketId: string }).ticketId)).organization_id).toBe('org-globex');
  });
});
