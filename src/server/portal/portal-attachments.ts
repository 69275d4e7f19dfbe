import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { newId } from '../../shared/domain/ids';
import { PORTAL_ATTACHMENT_LIMITS } from '../../shared/portal/portal-api';
import type { ServerDatabase } from '../db/schema';
import { HttpError } from '../http/http-error';
import { portalDb } from './portal-tables';

/**
 * Files a requester attaches to a new request. Bounded in count and size; the type is decided by
 * the content's own signature (magic bytes) and must agree with the name's extension, so an HTML or
 * SVG page renamed `.png` is refused. Served back only as downloads (`attachment`, `nosniff`).
 */
export interface AttachmentLimits {
  maxFiles: number;
  maxBytes: number;
}
export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = { ...PORTAL_ATTACHMENT_LIMITS };

export const AttachmentInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(200),
  /** base64 of the file's bytes. */
  contentBase64: z.string().max(10 * 1024 * 1024).regex(/^[A-Za-z0-9+/]*={0,2}$/),
});
export type AttachmentInput = z.infer<typeof AttachmentInputSchema>;

interface FileType {
  mime: string;
  extensions: readonly string[];
  matches(bytes: Buffer): boolean;
}

const starts = (sig: number[]) => (b: Buffer) => sig.every((v, i) => b[i] === v);
const ZIP = starts([0x50, 0x4b, 0x03, 0x04]);
/** Text: valid UTF-8 without NUL and without markup that a browser would run. */
function isPlainText(b: Buffer): boolean {
  if (b.includes(0)) return false;
  const text = new TextDecoder('utf-8', { fatal: false }).decode(b.subarray(0, 64 * 1024));
  return !/<\s*(script|html|svg|iframe|!doctype)/i.test(text);
}

const TYPES: readonly FileType[] = [
  { mime: 'image/png', extensions: ['png'], matches: starts([0x89, 0x50, 0x4e, 0x47]) },
  { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'], matches: starts([0xff, 0xd8, 0xff]) },
  { mime: 'image/gif', extensions: ['gif'], matches: starts([0x47, 0x49, 0x46, 0x38]) },
  {
    mime: 'image/webp',
    extensions: ['webp'],
    matches: (b) => starts([0x52, 0x49, 0x46, 0x46])(b) && b.subarray(8, 12).toString('latin1') === 'WEBP',
  },
  { mime: 'application/pdf', extensions: ['pdf'], matches: starts([0x25, 0x50, 0x44, 0x46, 0x2d]) },
  {
    mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    extensions: ['docx'],
    matches: ZIP,
  },
  { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'], matches: ZIP },
  { mime: 'text/plain', extensions: ['txt', 'log', 'csv'], matches: isPlainText },
];

export const ACCEPTED_EXTENSIONS = TYPES.flatMap((t) => t.extensions.map((e) => `.${e}`));

export interface CheckedAttachment {
  name: string;
  contentType: string;
  bytes: Buffer;
}

/** A safe display name: no path, no control characters. */
function cleanName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? 'file';
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  return base.replace(/[\u0000-\u001f\u007f"]/g, '_').slice(0, 200) || 'file';
}

export function checkAttachments(inputs: readonly AttachmentInput[], limits: AttachmentLimits): CheckedAttachment[] {
  if (inputs.length > limits.maxFiles)
    throw new HttpError(413, 'portal.too_many_attachments', { max: limits.maxFiles });
  return inputs.map((input) => {
    const name = cleanName(input.name);
    const bytes = Buffer.from(input.contentBase64, 'base64');
    if (bytes.length > limits.maxBytes)
      throw new HttpError(413, 'portal.attachment_too_large', { name, maxBytes: limits.maxBytes });
    const extension = name.includes('.') ? (name.split('.').pop() ?? '').toLowerCase() : '';
    const type = TYPES.find((t) => t.extensions.includes(extension));
    if (!type || bytes.length === 0 || !type.matches(bytes))
      throw new HttpError(415, 'portal.attachment_type', { name });
    return { name, contentType: type.mime, bytes };
  });
}

export async function storeAttachments(
  trx: Kysely<ServerDatabase>,
  ticketId: string,
  uploadedBy: string,
  files: readonly CheckedAttachment[],
  nowIso: string,
): Promise<void> {
  for (const file of files) {
    await portalDb(trx)
      .insertInto('portal_attachments')
      .values({
        id: newId(),
        ticket_id: ticketId,
        uploaded_by: uploadedBy,
        filename: file.name,
        content_type: file.contentType,
        size: file.bytes.length,
        sha256: createHash('sha256').update(file.bytes).digest('hex'),
        content_b64: file.bytes.toString('base64'),
        created_at: nowIso,
      })
      .execute();
  }
}

export interface AttachmentSummary {
  id: string;
  name: string;
  contentType: string;
  size: number;
  createdAt: string;
}

export async function listAttachments(db: Kysely<ServerDatabase>, ticketId: string): Promise<AttachmentSummary[]> {
  const rows = await portalDb(db)
    .selectFrom('portal_attachments')
    .select(['id', 'filename', 'content_type', 'size', 'created_at'])
    .where('ticket_id', '=', ticketId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.filename, contentType: r.content_type, size: r.size, createdAt: r.created_at }));
}

/** The description line that tells the desk what came attached (the desktop reads the description). */
export function describeAttachments(files: readonly CheckedAttachment[]): string {
  if (files.length === 0) return '';
  return `\n\n[${files.map((f) => `${f.name} (${Math.ceil(f.bytes.length / 1024)} KB)`).join(', ')}]`;
}
