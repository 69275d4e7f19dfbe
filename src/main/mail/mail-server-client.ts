/**
 * The ticket mail as the workstation reads it from the central server (docs/channels.md, Email):
 * through the same session and HTTP path as the report PDFs (`serverGet`), with the desk's own
 * errors — local-only is `sync.not_configured`, signed out `sync.signed_out`, no link `sync.unreachable`.
 */
import {
  MAIL_ATTACHMENT_MAX_BYTES,
  MAIL_INLINE_IMAGE_TYPES,
  type MailAttachmentFile,
  type MailMessageSummary,
} from '../../shared/api/mail-contract';
import { MesaError, isMesaError } from '../../shared/errors';
import { serverGet } from '../dashboard/server-reports-client';
import type { HandlerContext } from '../services/handler-context';

type MailContext = Pick<HandlerContext, 'db' | 'serverAccess'>;

async function mailGet(ctx: MailContext, path: string): Promise<Response> {
  const access = ctx.serverAccess ?? null;
  if (!access) throw new MesaError('sync.not_configured');
  if (!(await access.vault.load())) throw new MesaError('sync.signed_out');
  try {
    return await serverGet(ctx.db, access, path);
  } catch (error) {
    // serverGet speaks for the report screen; a failed fetch there is "needs the server".
    if (isMesaError(error) && error.code === 'report.needs_server') throw new MesaError('sync.unreachable');
    throw error;
  }
}

interface ListedMail {
  messages: Array<{
    id: string;
    direction: 'in' | 'out';
    from_address: string;
    to_json?: string | null;
    subject: string;
    text_body: string;
    created_at: string;
    has_html?: number | string | boolean | null;
  }>;
  attachments: Array<{
    id: string;
    mail_message_id: string;
    filename: string;
    content_type: string;
    size: number;
    refused_reason: string | null;
  }>;
}

function parseTo(json: string | null | undefined): string[] {
  try {
    const value: unknown = JSON.parse(json ?? '[]');
    return Array.isArray(value) ? value.map((v) => (typeof v === 'string' ? v : String((v as { address?: unknown }).address ?? ''))) : [];
  } catch {
    return [];
  }
}

export async function fetchTicketMail(ctx: MailContext, ticketId: string): Promise<MailMessageSummary[]> {
  const res = await mailGet(ctx, `/api/tickets/${encodeURIComponent(ticketId)}/mail`);
  const body = (await res.json()) as ListedMail;
  return body.messages.map((m) => ({
    id: m.id,
    direction: m.direction,
    from: m.from_address,
    to: parseTo(m.to_json),
    subject: m.subject,
    date: m.created_at,
    hasHtml: Number(m.has_html ?? 0) === 1 || m.has_html === true,
    text: m.text_body,
    attachments: body.attachments
      .filter((a) => a.mail_message_id === m.id)
      .map((a) => ({
        id: a.id,
        name: a.filename,
        size: Number(a.size),
        type: a.content_type,
        refused: a.refused_reason !== null,
      })),
  }));
}

/** Belt and braces over the server's sanitizer: the frame is script-less anyway (sandbox="" + CSP). */
export function stripActiveContent(html: string): string {
  return html
    .replace(/<script\b[\s\S]*?<\/script\s*>/gi, '')
    .replace(/<\/?(?:script|iframe|object|embed|form|base|meta|link)\b[^>]*>/gi, '')
    .replace(/\son[a-z]+\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)/gi, '')
    .replace(/javascript:/gi, 'blocked:');
}

export async function fetchMailAttachment(ctx: MailContext, attachmentId: string): Promise<MailAttachmentFile> {
  const res = await mailGet(ctx, `/api/mail/attachments/${encodeURIComponent(attachmentId)}`);
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > MAIL_ATTACHMENT_MAX_BYTES) throw new MesaError('http.body_too_large');
  const bytes = Buffer.from(await res.arrayBuffer());
  if (bytes.length > MAIL_ATTACHMENT_MAX_BYTES) throw new MesaError('http.body_too_large');
  const disposition = res.headers.get('content-disposition') ?? '';
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition)?.[1];
  let name = 'attachment';
  try {
    if (encoded) name = decodeURIComponent(encoded);
  } catch {
    // keep the neutral name
  }
  const type = (res.headers.get('content-type') ?? 'application/octet-stream').split(';')[0]?.trim() ?? '';
  return { name, type: type || 'application/octet-stream', size: bytes.length, base64: bytes.toString('base64') };
}

/**
 * The message's sanitized HTML. Its inline images point at the server (`/api/mail/attachments/…`),
 * which a srcdoc frame can neither reach nor authenticate: they become `data:` URLs of a known
 * raster type, or are dropped.
 */
export async function fetchMailHtml(ctx: MailContext, messageId: string): Promise<string> {
  const res = await mailGet(ctx, `/api/mail/messages/${encodeURIComponent(messageId)}/html`);
  const html = stripActiveContent(await res.text());
  const ids = [...new Set([...html.matchAll(/src="\/api\/mail\/attachments\/([^"/?#]+)"/g)].map((m) => m[1] ?? ''))];
  const dataUrls = new Map<string, string>();
  for (const id of ids.slice(0, 20)) {
    try {
      const file = await fetchMailAttachment(ctx, id);
      if ((MAIL_INLINE_IMAGE_TYPES as readonly string[]).includes(file.type))
        dataUrls.set(id, `data:${file.type};base64,${file.base64}`);
    } catch {
      // an image that cannot be fetched is left out, the message still shows
    }
  }
  return html.replace(/src="\/api\/mail\/attachments\/([^"/?#]+)"/g, (_m, id: string) => {
    const url = dataUrls.get(id);
    return url ? `src="${url}"` : 'src=""';
  });
}
