/**
 * The email part of the bridge contract (docs/channels.md, Email), spread into `apiMethods`
 * (contract.ts). Main fetches everything from the central server with the agent's session; the
 * renderer never talks to the server and never gets a URL to load, only data.
 */
import { z } from 'zod';

/** Largest attachment main hands to the renderer (base64 over the bridge); bigger ones are refused. */
export const MAIL_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
/** Raster types the renderer may show as `<img src="data:…">`; everything else is a download only. */
export const MAIL_INLINE_IMAGE_TYPES = ['image/png', 'image/jpeg', 'image/gif', 'image/webp'] as const;

export const MailAttachmentSummarySchema = z.object({
  id: z.string(),
  name: z.string(),
  size: z.number().int().nonnegative(),
  type: z.string(),
  /** The server kept no content (too large, too many): listed, not downloadable. */
  refused: z.boolean(),
});
export type MailAttachmentSummary = z.infer<typeof MailAttachmentSummarySchema>;

export const MailMessageSummarySchema = z.object({
  id: z.string(),
  direction: z.enum(['in', 'out']),
  from: z.string(),
  to: z.array(z.string()),
  subject: z.string(),
  date: z.string(),
  hasHtml: z.boolean(),
  /** The plain-text body: the fallback when there is no HTML or it cannot be loaded. */
  text: z.string(),
  attachments: z.array(MailAttachmentSummarySchema),
});
export type MailMessageSummary = z.infer<typeof MailMessageSummarySchema>;

export const MailAttachmentFileSchema = z.object({
  name: z.string(),
  /** `application/octet-stream` for anything the server will not serve inline (SVG, HTML, …). */
  type: z.string(),
  size: z.number().int().nonnegative(),
  base64: z.string(),
});
export type MailAttachmentFile = z.infer<typeof MailAttachmentFileSchema>;

const Id = z.string().min(1).max(100);

export const mailApiMethods = {
  /** The ticket's mail messages, oldest first, with their attachments. */
  'mail.forTicket': {
    input: z.strictObject({ ticketId: Id }),
    output: z.array(MailMessageSummarySchema),
  },
  /** The server-sanitized HTML of one message; inline images arrive as `data:` URLs. */
  'mail.html': { input: z.strictObject({ messageId: Id }), output: z.string() },
  /** One attachment's bytes (at most MAIL_ATTACHMENT_MAX_BYTES). */
  'mail.attachment': { input: z.strictObject({ attachmentId: Id }), output: MailAttachmentFileSchema },
} as const;
