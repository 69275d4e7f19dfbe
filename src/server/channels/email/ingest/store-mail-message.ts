import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Attachment } from 'mailparser';
import { newId } from '../../../../shared/domain/ids';
import type { ServerDatabase } from '../../../db/schema';
import { mailDb, type MailAttachmentsTable, type MailKind } from '../mail-tables';

export interface AttachmentLimits {
  maxAttachmentBytes: number;
  maxAttachments: number;
}

// Only raster images may ever be shown inline. SVG (scriptable), HTML and everything else are
// downloads, whatever the sender's Content-Disposition says.
const INLINE_SAFE_TYPES = new Set(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);

/** A file name safe to show and to put in a Content-Disposition: no paths, no control characters. */
export function safeFilename(name: string | undefined, index: number, contentType: string): string {
  const cleaned = (name ?? '')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u001f\u007f"\\/]+/g, '_')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 200);
  if (cleaned) return cleaned;
  const extension = contentType === 'message/rfc822' ? '.eml' : '';
  return `attachment-${index + 1}${extension}`;
}

export function attachmentRows(
  attachments: readonly Attachment[],
  limits: AttachmentLimits,
  ids: { mailMessageId: string; ticketId: string | null; nowIso: string },
): MailAttachmentsTable[] {
  return attachments.map((a, index) => {
    const contentType = a.contentType.toLowerCase().slice(0, 200);
    const inlineSafe = INLINE_SAFE_TYPES.has(contentType);
    const refused =
      index >= limits.maxAttachments ? 'too_many' : a.size > limits.maxAttachmentBytes ? 'too_large' : null;
    const wantsInline = a.contentDisposition === 'inline' || a.related === true;
    return {
      id: newId(),
      mail_message_id: ids.mailMessageId,
      ticket_id: ids.ticketId,
      filename: safeFilename(a.filename, index, contentType),
      content_type: contentType,
      size: a.size,
      sha256: a.checksum || createHash('sha256').update(a.content).digest('hex'),
      content_id: a.contentId?.replace(/^<|>$/g, '').slice(0, 250) ?? null,
      disposition: wantsInline && inlineSafe ? 'inline' : 'attachment',
      inline_safe: inlineSafe ? 1 : 0,
      refused_reason: refused,
      // Stored exactly as received: archives are never opened, so a zip bomb stays its own size.
      content_b64: refused ? null : a.content.toString('base64'),
      created_at: ids.nowIso,
    };
  });
}

export interface StoredMessage {
  id: string;
  direction: 'in' | 'out';
  messageId: string;
  inReplyTo: string | null;
  references: string[];
  ticketId: string | null;
  commentId: string | null;
  outboxId?: string | null;
  kind: MailKind;
  source: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  quoted: string;
  html: string | null;
  size: number;
  details: Record<string, unknown>;
}

export async function storeMailMessage(
  trx: Kysely<ServerDatabase>,
  message: StoredMessage,
  nowIso: string,
  attachments: MailAttachmentsTable[] = [],
): Promise<string> {
  const { id } = message;
  const db = mailDb(trx);
  await db
    .insertInto('mail_messages')
    .values({
      id,
      direction: message.direction,
      message_id: message.messageId,
      in_reply_to: message.inReplyTo,
      references_json: JSON.stringify(message.references),
      ticket_id: message.ticketId,
      comment_id: message.commentId,
      outbox_id: message.outboxId ?? null,
      kind: message.kind,
      source: message.source,
      from_address: message.from,
      to_json: JSON.stringify(message.to),
      subject: message.subject,
      text_body: message.text,
      quoted_text: message.quoted,
      html_body: message.html,
      size: message.size,
      details_json: JSON.stringify(message.details),
      created_at: nowIso,
    })
    .execute();
  if (attachments.length > 0) await db.insertInto('mail_attachments').values(attachments).execute();
  return id;
}
