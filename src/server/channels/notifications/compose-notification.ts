import type { Kysely } from 'kysely';
import { displayNumber, type Ticket } from '../../../shared/domain/ticket';
import type { TicketEvent } from '../../../shared/domain/ticket-event';
import { requesterFromRow } from '../../db/rows/reference-rows';
import type { ServerDatabase } from '../../db/schema';
import type { EmailChannelConfig } from '../email/email-config';
import { taggedSubject } from '../email/parse/subject-tag';
import type { OutgoingMail } from '../outbox/enqueue-mail';
import { issueActionToken } from './action-tokens';
import type { NotificationKind } from './notification-rules';
import { renderNotification } from './notification-templates';
import { threadHeaders } from './thread-headers';

export interface ComposeContext {
  trx: Kysely<ServerDatabase>;
  config: EmailChannelConfig;
  secret: Buffer;
  nowMs: number;
}

const HOUR_MS = 3_600_000;

async function messageFor(
  trx: Kysely<ServerDatabase>,
  kind: NotificationKind,
  event: TicketEvent,
): Promise<string | null> {
  if (kind === 'agent_reply' && event.data.kind === 'commented') {
    const comment = await trx
      .selectFrom('comments')
      .select('body')
      .where('id', '=', event.data.commentId)
      .executeTakeFirst();
    return comment?.body ?? null;
  }
  if (kind === 'waiting' && event.data.kind === 'status_changed') return event.data.reason;
  return null;
}

function actionUrl(config: EmailChannelConfig, token: string, query: string): string {
  return `${config.portalBaseUrl.replace(/\/+$/, '')}/actions/${token}?${query}`;
}

/**
 * The mail for one notification, or null when there is nobody to write to (no address, or the
 * address is the desk's own). Resolution and closure mails carry fresh signed action tokens.
 */
export async function composeNotification(
  ctx: ComposeContext,
  kind: NotificationKind,
  event: TicketEvent,
  ticket: Ticket,
): Promise<OutgoingMail | null> {
  const row = await ctx.trx
    .selectFrom('requesters')
    .selectAll()
    .where('id', '=', ticket.requesterId)
    .executeTakeFirst();
  const requester = row ? requesterFromRow(row) : null;
  const to = requester?.email?.trim().toLowerCase();
  if (!requester || !to) return null;
  if (ctx.config.deskAddresses.includes(to) || ctx.config.fromAddress === to) return null;
  const tokenBase = { ticketId: ticket.id, requesterId: requester.id, nowMs: ctx.nowMs };
  let confirmUrl: string | null = null;
  let rejectUrl: string | null = null;
  let surveyUrls: string[] | null = null;
  if (kind === 'resolved') {
    const ttlMs = ctx.config.tokens.resolutionTtlHours * HOUR_MS;
    const token = await issueActionToken(ctx.trx, ctx.secret, { ...tokenBase, purpose: 'resolution', ttlMs });
    confirmUrl = actionUrl(ctx.config, token, 'do=confirm');
    rejectUrl = actionUrl(ctx.config, token, 'do=reject');
  }
  if (kind === 'closed') {
    const ttlMs = ctx.config.tokens.surveyTtlHours * HOUR_MS;
    const token = await issueActionToken(ctx.trx, ctx.secret, { ...tokenBase, purpose: 'survey', ttlMs });
    surveyUrls = [1, 2, 3, 4, 5].map((score) => actionUrl(ctx.config, token, `do=rate&score=${score}`));
  }
  const number = displayNumber(ticket);
  const rendered = renderNotification(kind, requester.language, {
    number,
    title: ticket.title,
    requesterName: requester.name,
    deskName: ctx.config.fromName,
    message: await messageFor(ctx.trx, kind, event),
    confirmUrl,
    rejectUrl,
    surveyUrls,
  });
  const thread = await threadHeaders(ctx.trx, ticket.id);
  return {
    ticketId: ticket.id,
    kind,
    to,
    subject: taggedSubject(number, rendered.subject),
    text: rendered.text,
    html: rendered.html,
    inReplyTo: thread.inReplyTo,
    references: thread.references,
  };
}
