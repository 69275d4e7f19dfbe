import nodemailer from 'nodemailer';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MesaError } from '../../../src/shared/errors';
import { enqueueMail } from '../../../src/server/channels/outbox/enqueue-mail';
import { dialects } from '../../server/helpers/test-dialects';
import { login } from '../../server/helpers/test-server';
import { DESK, startEmailTestServer, type EmailTestServer } from './helpers/email-test-server';
import { fixture } from './helpers/fixtures';
import { ingest, plainMail, withAttachment, zipBomb } from './helpers/ingest-helpers';

const MB = 1024 * 1024;

describe.each(dialects)('hostile email on $name', (dialect) => {
  let t: EmailTestServer;

  beforeEach(async () => {
    t = await startEmailTestServer(dialect, {
      smtpListener: { host: '127.0.0.1', port: 0 },
      limits: { maxMessageBytes: 10 * MB },
    });
  });
  afterEach(() => t.close());

  const stored = (messageId: string) =>
    t.mail
      .selectFrom('mail_messages')
      .selectAll()
      .where('message_id', '=', messageId)
      .executeTakeFirstOrThrow();
  const attachmentsOf = (mailMessageId: string) =>
    t.mail
      .selectFrom('mail_attachments')
      .selectAll()
      .where('mail_message_id', '=', mailMessageId)
      .orderBy('filename')
      .execute();

  it('stores HTML without scripts, handlers, javascript:/data: links or remote images', async () => {
    await ingest(t, fixture('hostile-html.eml'));
    const html = (await stored('<hostile@globex.test>')).html_body ?? '';
    expect(html).not.toMatch(
      /<script|onload|onclick|javascript:|data:|tracker\.example|<iframe|<form|<style/i,
    );
    expect(html).toContain('fine link');
    // An inline text/html part is body text to the parser: it goes through the same sanitizer.
    expect(html).toContain('inline html part');
    expect(html).not.toMatch(/alert\(5\)|onerror/);
  });

  it('keeps SVG and HTML attachments as downloads, never inline', async () => {
    await ingest(t, fixture('hostile-html.eml'));
    const message = await stored('<hostile@globex.test>');
    const files = await attachmentsOf(message.id);
    expect(files.map((f) => [f.filename, f.disposition, f.inline_safe])).toEqual([
      ['logo.svg', 'attachment', 0],
      ['page.html', 'attachment', 0],
    ]);
    const token = await login(t.server.app, 'sofia');
    for (const file of files) {
      const res = await t.server.app.inject({
        method: 'GET',
        url: `/api/mail/attachments/${file.id}`,
        headers: { authorization: `Bearer ${token}` },
      });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toBe('application/octet-stream');
      expect(res.headers['content-disposition']).toMatch(/^attachment;/);
      expect(res.headers['content-security-policy']).toContain('sandbox');
    }
    const view = await t.server.app.inject({
      method: 'GET',
      url: `/api/mail/messages/${message.id}/html`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(view.headers['content-security-policy']).toMatch(/^sandbox /);
    expect(view.body).not.toContain('<script');
  });

  it('serves an inline raster image by cid inside the sandboxed view', async () => {
    const outcome = await ingest(t, fixture('inline-image.eml'));
    const message = await stored('<inline-image@acme.test>');
    const [image] = await attachmentsOf(message.id);
    expect(image).toMatchObject({
      filename: 'captura.png',
      disposition: 'inline',
      inline_safe: 1,
      content_id: 'captura@acme.test',
    });
    const token = await login(t.server.app, 'sofia');
    const view = await t.server.app.inject({
      method: 'GET',
      url: `/api/mail/messages/${message.id}/html`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(view.body).toContain(`src="/api/mail/attachments/${image?.id}"`);
    expect(outcome).toMatchObject({ kind: 'new_ticket' });
  });

  it('stores an RFC 2231 attachment with its decoded name, size and type', async () => {
    await ingest(t, fixture('rfc2231-attachment.eml'));
    const [pdf] = await attachmentsOf((await stored('<rfc2231@acme.test>')).id);
    expect(pdf).toMatchObject({
      filename: 'Informe técnico año 2026.pdf',
      content_type: 'application/pdf',
      disposition: 'attachment',
    });
    expect(Buffer.from(pdf?.content_b64 ?? '', 'base64').toString()).toContain('%PDF-1.4');
  });

  it('refuses a 50 MB message at the size limit (ingest) without parsing it', async () => {
    const body = 'A'.repeat(50 * MB);
    const raw = plainMail({
      from: 'bob@globex.test',
      subject: 'Huge',
      body,
      messageId: '<huge@globex.test>',
    });
    expect(await ingest(t, raw)).toMatchObject({ kind: 'refused', ticketId: null });
    const record = await stored('<huge@globex.test>');
    expect(JSON.parse(record.details_json)).toEqual({ reason: 'too_large' });
    expect(record.subject).toBe('Huge');
  });

  it('refuses a 50 MB message at the SMTP listener (552) and accepts a normal one', async () => {
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: t.channel.smtpPort ?? 0,
      ignoreTLS: true,
    });
    const huge = transport.sendMail({
      from: 'bob@globex.test',
      to: DESK,
      subject: 'Huge',
      text: 'A'.repeat(50 * MB),
    });
    await expect(huge).rejects.toMatchObject({ responseCode: 552 });
    await transport.sendMail({
      from: 'bob@globex.test',
      to: DESK,
      subject: 'Por SMTP directo',
      text: 'Hola',
      messageId: '<direct@globex.test>',
    });
    expect((await stored('<direct@globex.test>')).kind).toBe('new_ticket');
    transport.close();
  });

  it('is not an open relay: recipients outside the desk are refused at RCPT TO', async () => {
    const transport = nodemailer.createTransport({
      host: '127.0.0.1',
      port: t.channel.smtpPort ?? 0,
      ignoreTLS: true,
    });
    await expect(
      transport.sendMail({
        from: 'bob@globex.test',
        to: 'victim@elsewhere.test',
        subject: 'relay',
        text: 'x',
      }),
    ).rejects.toMatchObject({ responseCode: 550 });
    transport.close();
  });

  it('stores a zip bomb as-is (compressed size), never inflating it', async () => {
    const bomb = zipBomb(64 * MB);
    expect(bomb.length).toBeLessThan(200 * 1024);
    await ingest(
      t,
      withAttachment(
        { from: 'bob@globex.test', subject: 'zip', messageId: '<zip@globex.test>' },
        bomb,
        'bomb.zip',
        'application/zip',
      ),
    );
    const [zip] = await attachmentsOf((await stored('<zip@globex.test>')).id);
    expect(zip).toMatchObject({ filename: 'bomb.zip', size: bomb.length, refused_reason: null });
    expect(Buffer.from(zip?.content_b64 ?? '', 'base64').equals(bomb)).toBe(true);
  });

  it('keeps an over-limit attachment as metadata only', async () => {
    await t.close();
    t = await startEmailTestServer(dialect, { limits: { maxAttachmentBytes: 1024 } });
    await ingest(
      t,
      withAttachment(
        { from: 'bob@globex.test', subject: 'big', messageId: '<big@globex.test>' },
        Buffer.alloc(4096, 1),
        'big.bin',
        'application/octet-stream',
      ),
    );
    const [file] = await attachmentsOf((await stored('<big@globex.test>')).id);
    expect(file).toMatchObject({ size: 4096, refused_reason: 'too_large', content_b64: null });
  });

  it('bounds nesting: a deeply nested message is refused, not parsed', async () => {
    let raw = 'From: bob@globex.test\r\nSubject: deep\r\nMessage-ID: <deep@globex.test>\r\n';
    for (let i = 0; i < 5000; i++)
      raw += `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`;
    expect(await ingest(t, Buffer.from(raw))).toMatchObject({ kind: 'refused' });
    expect(JSON.parse((await stored('<deep@globex.test>')).details_json)).toEqual({ reason: 'too_deep' });
  });

  it('survives a malformed MIME tree and an invalid charset (best effort ticket)', async () => {
    expect(await ingest(t, fixture('malformed-mime.eml'))).toMatchObject({
      status: 'stored',
      kind: 'new_ticket',
    });
    expect(await ingest(t, fixture('invalid-charset.eml'))).toMatchObject({
      status: 'stored',
      kind: 'new_ticket',
    });
    expect(await ingest(t, Buffer.from([0xff, 0x00, 0x0d, 0x0a, 0x80, 0x81]))).toMatchObject({
      status: 'stored',
    });
  });

  it('refuses CR/LF in any value that reaches an outgoing header', async () => {
    const base = {
      ticketId: null,
      kind: 'test',
      to: 'ana@acme.test',
      subject: 'Hola',
      text: 'x',
      html: null,
      inReplyTo: null,
      references: [],
    };
    const options = { messageIdDomain: 'mesa.test', nowIso: new Date().toISOString() };
    for (const evil of [
      { subject: 'Hola\r\nBcc: victim@evil.test' },
      { subject: 'Hola\nX-Evil: 1' },
      { to: 'ana@acme.test\r\nBcc: victim@evil.test' },
      { to: 'ana@acme.test, victim@evil.test' },
      { inReplyTo: '<a@b>\r\nBcc: x@y' },
      { references: ['<a@b>', '<c@d>\nBcc: x@y'] },
    ]) {
      await expect(enqueueMail(t.db, { ...base, ...evil }, options)).rejects.toThrow(MesaError);
    }
    expect(await t.mail.selectFrom('mail_outbox').selectAll().execute()).toEqual([]);
  });

  it('makes an encoded-word subject hiding CR/LF a single-line title', async () => {
    const raw = plainMail({
      from: 'ana@acme.test',
      subject: '=?UTF-8?B?' + Buffer.from('Hola\r\nBcc: victim@evil.test').toString('base64') + '?=',
      body: 'x',
      messageId: '<inj@acme.test>',
    });
    const outcome = await ingest(t, raw);
    // The title is made single-line at the door, so the confirmation goes out clean.
    const row = await t.db
      .selectFrom('tickets')
      .select('title')
      .where('id', '=', (outcome as { ticketId: string }).ticketId)
      .executeTakeFirstOrThrow();
    expect(row.title).toBe('Hola Bcc: victim@evil.test');
  });
});
