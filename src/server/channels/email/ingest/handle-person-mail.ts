import type { Requester } from '../../../../shared/domain/people';
import type { Ticket } from '../../../../shared/domain/ticket';
import { newId } from '../../../../shared/domain/ids';
import { splitReply } from '../parse/reply-text';
import { findThread } from './find-thread';
import { threadIdsOf } from './handle-noise-mail';
import type { IngestDecision, IngestStep } from './ingest-types';
import { languageOf, ticketBody, ticketTitle } from './message-text';
import { resolveRequester } from './resolve-requester';
import { overSenderRateLimit } from './sender-rate-limit';

const EMAIL_DEVICE = 'email';

/**
 * A person wrote: a reply to a ticket they may continue becomes a public comment by them; anything
 * else (a new subject, a reply to a closed ticket, a stranger replying to someone else's thread)
 * becomes a new ticket with channel `email`. Unknown senders become requesters.
 */
export async function handlePersonMail(step: IngestStep): Promise<IngestDecision> {
  const { env, tx, mail } = step;
  if (!mail.from)
    return { kind: 'refused', ticketId: null, commentId: null, details: { reason: 'no_sender' } };
  if (await overSenderRateLimit(tx.trx, mail.from.address, env.config.rateLimit, env.now())) {
    return { kind: 'rate_limited', ticketId: null, commentId: null, details: { sender: mail.from.address } };
  }
  const requester = await resolveRequester(tx.trx, tx.recorder, {
    address: mail.from.address,
    name: mail.from.name,
    language: languageOf(mail.header('content-language')[0], env.config.defaultLanguage),
    defaultOrganizationId: env.config.defaultOrganizationId,
  });
  if (!requester) {
    return {
      kind: 'unknown_sender',
      ticketId: null,
      commentId: null,
      details: { sender: mail.from.address },
    };
  }
  const thread = await findThread(tx.trx, threadIdsOf(step), mail.subject);
  if (thread && mayContinue(thread.ticket, requester)) {
    if (thread.ticket.status !== 'closed' && thread.ticket.status !== 'cancelled') {
      return commentOn(step, thread.ticket, requester, thread.via);
    }
    return createTicket(step, requester, thread.ticket);
  }
  return createTicket(step, requester, null);
}

/** The ticket's requester, or a colleague of the same organization (copied on the thread). */
function mayContinue(ticket: Ticket, requester: Requester): boolean {
  return ticket.requesterId === requester.id || ticket.organizationId === requester.organizationId;
}

async function commentOn(
  { tx, mail }: IngestStep,
  ticket: Ticket,
  requester: Requester,
  via: string,
): Promise<IngestDecision> {
  const { reply } = splitReply(mail.text);
  const commentId = newId();
  await tx.run({ id: requester.id, role: 'requester', deviceId: EMAIL_DEVICE }, 'ticket.comment', {
    ticketId: ticket.id,
    commentId,
    body: ticketBody(reply || mail.text, mail.attachments, requester.language, 'comment'),
    visibility: 'public',
  });
  // The desk was waiting for this answer: the ticket goes back to work (and its SLA clock resumes).
  if (ticket.status === 'pending_requester') {
    await tx.run({ id: requester.id, role: 'requester', deviceId: EMAIL_DEVICE }, 'ticket.setStatus', {
      ticketId: ticket.id,
      to: 'in_progress',
      reason: null,
    });
  }
  return { kind: 'reply', ticketId: ticket.id, commentId, details: { via } };
}

async function createTicket(
  { tx, mail }: IngestStep,
  requester: Requester,
  followUpOf: Ticket | null,
): Promise<IngestDecision> {
  const ticketId = newId();
  const previous = followUpOf ? (followUpOf.number ?? followUpOf.provisionalNumber) : null;
  const text = previous ? `↪ ${previous}\n\n${splitReply(mail.text).reply || mail.text}` : mail.text;
  await tx.run({ id: requester.id, role: 'requester', deviceId: EMAIL_DEVICE }, 'ticket.create', {
    id: ticketId,
    type: 'incident',
    title: ticketTitle(mail.subject, mail.text, requester.language),
    description: ticketBody(text, mail.attachments, requester.language, 'description'),
    requesterId: requester.id,
    organizationId: requester.organizationId,
    areaId: requester.areaId,
    channel: 'email',
    categoryId: null,
    impact: 'medium',
    urgency: 'medium',
    tags: previous ? [`follow-up:${previous}`] : [],
  });
  return {
    kind: previous ? 'follow_up' : 'new_ticket',
    ticketId,
    commentId: null,
    details: previous ? { followUpOf: followUpOf?.id } : {},
  };
}
