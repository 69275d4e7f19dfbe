import type { Kysely } from 'kysely';
import { newId } from '../../../shared/domain/ids';
import type { ServerDatabase } from '../../db/schema';
import { mailDb } from '../email/mail-tables';
import { assertHeaderSafe, assertSingleAddress } from './header-safety';

export interface OutgoingMail {
  ticketId: string | null;
  /** What the mail is (notification kind), for the record. */
  kind: string;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  inReplyTo: string | null;
  references: string[];
}

export function newMessageId(domain: string): string {
  return `<${newId()}@${domain}>`;
}

/**
 * Queues a mail durably (in the caller's transaction): it is sent by the outbox worker, retried
 * across SMTP outages, and never lost. Every value that reaches a header is checked first: a CR/LF
 * anywhere refuses the whole mail (mail.header_injection).
 */
export async function enqueueMail(
  trx: Kysely<ServerDatabase>,
  mail: OutgoingMail,
  options: { messageIdDomain: string; nowIso: string },
): Promise<{ id: string; messageId: string }> {
  assertSingleAddress('to', mail.to);
  assertHeaderSafe('subject', mail.subject);
  if (mail.inReplyTo !== null) assertHeaderSafe('inReplyTo', mail.inReplyTo);
  for (const reference of mail.references) assertHeaderSafe('references', reference);
  const id = newId();
  const messageId = newMessageId(options.messageIdDomain);
  await mailDb(trx)
    .insertInto('mail_outbox')
    .values({
      id,
      message_id: messageId,
      ticket_id: mail.ticketId,
      kind: mail.kind,
      to_address: mail.to,
      subject: mail.subject,
      text_body: mail.text,
      html_body: mail.html,
      in_reply_to: mail.inReplyTo,
      references_json: JSON.stringify(mail.references),
      status: 'pending',
      attempts: 0,
      next_attempt_at: options.nowIso,
      locked_until: null,
      last_error: null,
      created_at: options.nowIso,
      sent_at: null,
    })
    .execute();
  return { id, messageId };
}
