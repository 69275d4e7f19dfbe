import { describe, expect, it } from 'vitest';
import { classifyEmail } from '../../../src/server/channels/email/parse/classify-email';
import { readDeliveryReport } from '../../../src/server/channels/email/parse/delivery-report';
import { checkMimeLimits, measureMimeShape } from '../../../src/server/channels/email/parse/mime-limits';
import { parseEmail } from '../../../src/server/channels/email/parse/parse-email';
import { splitReply } from '../../../src/server/channels/email/parse/reply-text';
import { sanitizeEmailHtml } from '../../../src/server/channels/email/parse/sanitize-email-html';
import {
  taggedSubject,
  ticketNumberInSubject,
  titleFromSubject,
} from '../../../src/server/channels/email/parse/subject-tag';
import {
  TEMPLATES,
  renderNotification,
} from '../../../src/server/channels/notifications/notification-templates';
import { NOTIFICATION_KINDS } from '../../../src/server/channels/notifications/notification-rules';
import { fixture } from './helpers/fixtures';

const own = { ownAddresses: new Set(['soporte@mesa.test']), envelopeFrom: null };

describe('parsing real MIME fixtures', () => {
  it('decodes ISO-8859-1 quoted-printable, headers and body', async () => {
    const mail = await parseEmail(fixture('new-iso-8859-1.eml'));
    expect(mail.subject).toBe('La impresora de recepción no imprime');
    expect(mail.from).toEqual({ address: 'jose@acme.test', name: 'José Pérez' });
    expect(mail.text).toContain('esta mañana');
    expect(mail.text).toContain('está vacía');
  });

  it('decodes UTF-8 base64 and encoded-word subjects', async () => {
    const mail = await parseEmail(fixture('new-utf8-base64.eml'));
    expect(mail.subject).toBe('No puedo conectarme a la VPN — urgente');
    expect(mail.from?.name).toBe('María Núñez');
    expect(mail.text).toContain('«error 809». ¿Podrían');
  });

  it('decodes Windows-1252 (smart quotes, euro sign)', async () => {
    const mail = await parseEmail(fixture('windows-1252.eml'));
    expect(mail.text).toContain('“finance”');
    expect(mail.text).toContain('€50');
  });

  it('reads RFC 2231 (continued, percent-encoded UTF-8) attachment names', async () => {
    const mail = await parseEmail(fixture('rfc2231-attachment.eml'));
    expect(mail.attachments.map((a) => a.filename)).toEqual(['Informe técnico año 2026.pdf']);
  });

  it('keeps cid: links of inline images for Mesa to serve', async () => {
    const mail = await parseEmail(fixture('inline-image.eml'));
    expect(mail.html).toContain('cid:captura@acme.test');
    expect(mail.attachments[0]?.contentId).toBe('<captura@acme.test>');
  });

  it('never crashes on a malformed MIME tree (best effort)', async () => {
    const mail = await parseEmail(fixture('malformed-mime.eml'));
    expect(mail.subject).toBe('Broken tree');
  });

  it('never crashes on an unknown charset (best effort)', async () => {
    const mail = await parseEmail(fixture('invalid-charset.eml'));
    expect(mail.text).toContain('Caf');
    expect(mail.subject).toContain('charset');
  });
});

describe('hostile HTML is sanitized', () => {
  it('drops scripts, handlers, javascript:/data: links, remote and data images, frames, forms, style sheets', async () => {
    const mail = await parseEmail(fixture('hostile-html.eml'));
    const clean = sanitizeEmailHtml(mail.html ?? '');
    expect(clean).not.toMatch(
      /<script|onload|onclick|javascript:|data:|<iframe|<form|<input|<style|<svg|url\(/i,
    );
    expect(clean).not.toContain('tracker.example.test');
    expect(clean).toContain('href="https://example.test/ok"');
    expect(clean).toContain('rel="noopener noreferrer nofollow"');
    expect(clean).toContain('color:red');
  });

  it('allows remote images only when configured', () => {
    const html = '<img src="https://cdn.test/a.png"><img src="cid:x@y">';
    expect(sanitizeEmailHtml(html)).not.toContain('cdn.test');
    expect(sanitizeEmailHtml(html)).toContain('cid:x@y');
    expect(sanitizeEmailHtml(html, true)).toContain('https://cdn.test/a.png');
  });
});

describe('reply text is separated from the quoted history', () => {
  it('cuts at an Outlook From:/Sent: block', async () => {
    const mail = await parseEmail(fixture('outlook-html-reply.eml', { NUMBER: 'MS-10001' }));
    const { reply, quoted } = splitReply(mail.text);
    expect(reply).toBe('Ya probé reiniciar el equipo y sigue igual.\n\nAna');
    expect(quoted).toContain('Sent: Friday');
  });

  it('cuts at a wrapped "El … escribió:" attribution', async () => {
    const mail = await parseEmail(fixture('reply-quoted-es.eml', { MESSAGE_ID: '<x@mesa.test>' }));
    expect(splitReply(mail.text).reply).toBe('Adjunto la captura que pidieron. Sigue fallando.');
  });

  it('cuts at "On … wrote:" and drops trailing > quotes and the signature', () => {
    expect(
      splitReply('Thanks, works now.\n\nOn Fri, Nov 27, 2026 at 10:30 AM Desk <d@x> wrote:\n> old').reply,
    ).toBe('Thanks, works now.');
    expect(splitReply('Done\n-- \nBob\n> quoted\n> more').reply).toBe('Done');
    expect(splitReply('Texto\n-----Mensaje original-----\nDe: x').reply).toBe('Texto');
  });
});

describe('classification: loops and noise', () => {
  it('recognizes out-of-office replies', async () => {
    const mail = await parseEmail(fixture('out-of-office.eml', { NUMBER: 'MS-1', MESSAGE_ID: '<a@b>' }));
    expect(classifyEmail(mail, own)).toEqual({ kind: 'auto_reply', reason: 'auto-submitted: auto-replied' });
  });

  it('recognizes each auto-reply header and the null sender', async () => {
    const base = 'From: a@acme.test\r\nTo: soporte@mesa.test\r\nSubject: x\r\n';
    for (const [header, reason] of [
      ['X-Autoreply: yes\r\n', 'x-autoreply'],
      ['X-Autorespond: yes\r\n', 'x-autorespond'],
      ['Precedence: junk\r\n', 'precedence: junk'],
      ['Precedence: list\r\n', 'precedence: list'],
      ['Return-Path: <>\r\n', 'empty return-path'],
    ]) {
      const mail = await parseEmail(Buffer.from(`${header}${base}\r\nbody\r\n`));
      expect(classifyEmail(mail, own)).toEqual({ kind: 'auto_reply', reason });
    }
    const normal = await parseEmail(Buffer.from(`${base}Auto-Submitted: no\r\n\r\nbody\r\n`));
    expect(classifyEmail(normal, own)).toEqual({ kind: 'person' });
    expect(classifyEmail(normal, { ...own, envelopeFrom: '' })).toEqual({
      kind: 'auto_reply',
      reason: 'empty return-path',
    });
  });

  it('ignores mail from its own addresses and its own mail coming back', async () => {
    const fromDesk = await parseEmail(Buffer.from('From: soporte@mesa.test\r\nSubject: x\r\n\r\nb'));
    expect(classifyEmail(fromDesk, own).kind).toBe('own_address');
    const looped = await parseEmail(
      Buffer.from('From: a@acme.test\r\nX-Mesa-Loop: mesa.test\r\nSubject: x\r\n\r\nb'),
    );
    expect(classifyEmail(looped, own).kind).toBe('own_address');
  });

  it('reads a DSN bounce: failed recipient and the original Message-ID', async () => {
    const mail = await parseEmail(
      fixture('dsn-bounce.eml', {
        RECIPIENT: 'nadie@acme.test',
        MESSAGE_ID: '<orig@mesa.test>',
        NUMBER: 'MS-1',
      }),
    );
    expect(classifyEmail(mail, own)).toEqual({ kind: 'bounce' });
    const report = readDeliveryReport(mail);
    expect(report.recipients[0]).toMatchObject({
      recipient: 'nadie@acme.test',
      action: 'failed',
      status: '5.1.1',
    });
    expect(report.originalMessageIds).toContain('<orig@mesa.test>');
  });
});

describe('bounds before parsing', () => {
  const limits = { maxMessageBytes: 1024 * 1024, maxMimeDepth: 12, maxMimeParts: 500 };

  it('refuses a message over the size limit without parsing it', () => {
    expect(checkMimeLimits(Buffer.alloc(2 * 1024 * 1024, 0x41), limits)).toBe('too_large');
  });

  it('refuses a deeply nested MIME tree', () => {
    let raw = 'From: a@acme.test\r\nSubject: deep\r\n';
    for (let i = 0; i < 200; i++) raw += `Content-Type: multipart/mixed; boundary="b${i}"\r\n\r\n--b${i}\r\n`;
    expect(measureMimeShape(Buffer.from(raw)).depth).toBe(200);
    expect(checkMimeLimits(Buffer.from(raw), limits)).toBe('too_deep');
  });

  it('accepts the ordinary fixtures', () => {
    for (const name of ['outlook-html-reply.eml', 'dsn-bounce.eml', 'hostile-html.eml', 'inline-image.eml']) {
      expect(checkMimeLimits(fixture(name), limits)).toBeNull();
    }
  });
});

describe('subject tags and templates', () => {
  it('finds, writes and strips the ticket tag', () => {
    expect(ticketNumberInSubject('RE: RV: [ms-10234] Impresora')).toBe('MS-10234');
    expect(taggedSubject('MS-7', '[MS-7] Hola')).toBe('[MS-7] Hola');
    expect(titleFromSubject('RE: Fwd: [MS-7]  Impresora  rota')).toBe('Impresora rota');
  });

  it('has every notification in Spanish and English, with the action links', () => {
    for (const kind of NOTIFICATION_KINDS) {
      expect(TEMPLATES.es[kind]).toBeTypeOf('function');
      expect(TEMPLATES.en[kind]).toBeTypeOf('function');
    }
    const params = {
      number: 'MS-1',
      title: 'T <b>',
      requesterName: 'Ana',
      deskName: 'Mesa',
      message: null,
      confirmUrl: 'https://p/a?do=confirm',
      rejectUrl: 'https://p/a?do=reject',
      surveyUrls: null,
    };
    const es = renderNotification('resolved', 'es', params);
    expect(es.text).toContain('Sí, confirmar y cerrar: https://p/a?do=confirm');
    expect(es.html).not.toContain('<b>');
    expect(renderNotification('resolved', 'en', params).text).toContain(
      'No, the problem persists: https://p/a?do=reject',
    );
  });
});
