import { newId } from '../../../../shared/domain/ids';
import { mailDb } from '../mail-tables';
import { readDeliveryReport } from '../parse/delivery-report';
import { findThread } from './find-thread';
import type { IngestDecision, IngestStep } from './ingest-types';

const SYSTEM_ACTOR = { id: 'system:email', role: 'system', deviceId: 'email' } as const;

/** An automatic reply is recorded on the ticket it answers (if any) and never answered back. */
export async function handleAutoReply(step: IngestStep, reason: string): Promise<IngestDecision> {
  const { mail, tx } = step;
  const thread = await findThread(tx.trx, threadIdsOf(step), mail.subject);
  return { kind: 'auto_reply', ticketId: thread?.ticket.id ?? null, commentId: null, details: { reason } };
}

export function threadIdsOf({ mail }: IngestStep): string[] {
  return [...(mail.inReplyTo ? [mail.inReplyTo] : []), ...mail.references];
}

/**
 * A delivery report is matched to the outgoing message that failed: the outbox row is marked
 * bounced and the ticket gets an internal comment naming the failed recipient, so the agent knows
 * the requester did not get the mail.
 */
export async function handleBounce(step: IngestStep): Promise<IngestDecision> {
  const { tx, mail } = step;
  const report = readDeliveryReport(mail);
  const db = mailDb(tx.trx);
  const original =
    report.originalMessageIds.length > 0
      ? await db
          .selectFrom('mail_messages')
          .select(['ticket_id', 'outbox_id', 'message_id'])
          .where('direction', '=', 'out')
          .where('message_id', 'in', report.originalMessageIds)
          .executeTakeFirst()
      : undefined;
  const thread = original?.ticket_id
    ? null
    : await findThread(tx.trx, report.originalMessageIds, mail.subject);
  const ticketId = original?.ticket_id ?? thread?.ticket.id ?? null;
  const failure = report.recipients.find((r) => r.action === 'failed') ?? report.recipients[0];
  if (original?.outbox_id) {
    await db
      .updateTable('mail_outbox')
      .set({
        status: 'bounced',
        last_error: failure ? `${failure.status} ${failure.diagnostic}`.trim() : 'bounced',
      })
      .where('id', '=', original.outbox_id)
      .execute();
  }
  const commentId = ticketId ? await commentOnFailure(step, ticketId, failure) : null;
  return { kind: 'bounce', ticketId, commentId, details: { ...report } };
}

async function commentOnFailure(
  { tx }: IngestStep,
  ticketId: string,
  failure: { recipient: string; status: string; diagnostic: string } | undefined,
): Promise<string | null> {
  const ticket = await tx.trx
    .selectFrom('tickets')
    .select('status')
    .where('id', '=', ticketId)
    .executeTakeFirst();
  if (!ticket || ticket.status === 'closed' || ticket.status === 'cancelled') return null;
  const what = failure ? `${failure.recipient} (${failure.status}) ${failure.diagnostic}`.trim() : '';
  const commentId = newId();
  await tx.run(SYSTEM_ACTOR, 'ticket.comment', {
    ticketId,
    commentId,
    body: `⚠ Fallo de entrega del correo / Email delivery failure: ${what || '?'}`,
    visibility: 'internal',
  });
  return commentId;
}
