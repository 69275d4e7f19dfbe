import type { FastifyInstance, FastifyRequest } from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import type { AppContext } from '../../app-context';
import { ticketFromRow } from '../../db/rows/ticket-rows';
import { requireUser } from '../../http/authenticate';
import { HttpError } from '../../http/http-error';
import { parseInput } from '../../http/parse-input';
import { scopesMeet, ticketScopes } from '../../sync/scopes';
import { mailDb } from './mail-tables';

const IdParams = z.strictObject({ id: z.string().min(1).max(100) });

// The sanitized HTML is still shown only in a sandboxed frame: no scripts, no plugins, no network
// but Mesa's own inline images, no navigation of the top window.
const VIEWER_CSP =
  "sandbox allow-popups allow-popups-to-escape-sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'";

/** Desk users see a ticket's mail when they see the ticket (same scope rule as sync: else 404). */
async function assertTicketVisible(
  ctx: AppContext,
  request: FastifyRequest,
  ticketId: string | null,
): Promise<void> {
  const user = requireUser(request);
  if (user.role === 'requester' || !ticketId) throw new HttpError(404, 'http.not_found');
  const row = await ctx.database.db
    .selectFrom('tickets')
    .selectAll()
    .where('id', '=', ticketId)
    .executeTakeFirst();
  if (!row || !scopesMeet(ticketScopes(ticketFromRow(row)), user.scopes))
    throw new HttpError(404, 'http.not_found');
}

export function registerMailRoutes(app: FastifyInstance, ctx: AppContext): void {
  const db = mailDb(ctx.database.db);

  app.get('/api/tickets/:id/mail', { preHandler: ctx.authenticate }, async (request) => {
    const { id } = parseInput(IdParams, request.params);
    await assertTicketVisible(ctx, request, id);
    const messages = await db
      .selectFrom('mail_messages')
      .select(['id', 'direction', 'message_id', 'kind', 'from_address', 'to_json', 'subject', 'text_body', 'created_at'])
      // Whether there is HTML to view, without sending it: the desktop fetches it per message.
      .select(sql<number>`case when html_body is null or html_body = '' then 0 else 1 end`.as('has_html'))
      .where('ticket_id', '=', id)
      .orderBy('created_at')
      .execute();
    const attachments = await db
      .selectFrom('mail_attachments')
      .select(['id', 'mail_message_id', 'filename', 'content_type', 'size', 'disposition', 'refused_reason'])
      .where('ticket_id', '=', id)
      .execute();
    return { messages, attachments };
  });

  app.get('/api/mail/messages/:id/html', { preHandler: ctx.authenticate }, async (request, reply) => {
    const { id } = parseInput(IdParams, request.params);
    const message = await db.selectFrom('mail_messages').selectAll().where('id', '=', id).executeTakeFirst();
    await assertTicketVisible(ctx, request, message?.ticket_id ?? null);
    const inline = await db
      .selectFrom('mail_attachments')
      .select(['id', 'content_id'])
      .where('mail_message_id', '=', id)
      .where('inline_safe', '=', 1)
      .where('content_id', 'is not', null)
      .execute();
    const byCid = new Map(inline.map((a) => [a.content_id, a.id]));
    const html = (message?.html_body ?? '').replace(/src="cid:([^"]+)"/gi, (_m, cid: string) => {
      const attachmentId = byCid.get(cid);
      return attachmentId ? `src="/api/mail/attachments/${attachmentId}"` : 'src=""';
    });
    return reply
      .headers({
        'content-security-policy': VIEWER_CSP,
        'x-content-type-options': 'nosniff',
        'cache-control': 'private',
      })
      .type('text/html; charset=utf-8')
      .send(html);
  });

  app.get('/api/mail/attachments/:id', { preHandler: ctx.authenticate }, async (request, reply) => {
    const { id } = parseInput(IdParams, request.params);
    const attachment = await db
      .selectFrom('mail_attachments')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    await assertTicketVisible(ctx, request, attachment?.ticket_id ?? null);
    if (!attachment?.content_b64) throw new HttpError(404, 'http.not_found');
    // Only raster images are ever served inline; SVG, HTML and the rest are opaque downloads.
    const inline = attachment.inline_safe === 1;
    const name = encodeURIComponent(attachment.filename);
    return reply
      .headers({
        'content-disposition': `${inline ? 'inline' : 'attachment'}; filename*=UTF-8''${name}`,
        'content-security-policy': "sandbox; default-src 'none'",
        'x-content-type-options': 'nosniff',
      })
      .type(inline ? attachment.content_type : 'application/octet-stream')
      .send(Buffer.from(attachment.content_b64, 'base64'));
  });
}
