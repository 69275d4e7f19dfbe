import { simpleParser, type AddressObject, type Attachment, type HeaderLines } from 'mailparser';

/** One incoming message, reduced to what the channel uses. Header values are single-line. */
export interface ParsedEmail {
  messageId: string | null;
  inReplyTo: string | null;
  references: string[];
  from: { address: string; name: string } | null;
  to: string[];
  cc: string[];
  subject: string;
  text: string;
  /** The HTML body as sent (unsanitized: only sanitizeEmailHtml's output is ever stored). */
  html: string | null;
  attachments: Attachment[];
  /** The top-level content type, e.g. `multipart/report`, with its `report-type` parameter. */
  contentType: string;
  reportType: string | null;
  /** Raw header values (unfolded) by lower-case name, for loop and auto-reply checks. */
  header(name: string): string[];
}

const MESSAGE_ID = /<[^<>\s]{1,250}>/g;

/** Message-IDs with their angle brackets, in order, at most `limit` (a References bomb stays small). */
export function messageIdsIn(value: string | string[] | undefined | null, limit = 50): string[] {
  const text = Array.isArray(value) ? value.join(' ') : (value ?? '');
  return [...new Set(text.match(MESSAGE_ID) ?? [])].slice(0, limit);
}

function addressesOf(value: AddressObject | AddressObject[] | undefined): string[] {
  const objects = Array.isArray(value) ? value : value ? [value] : [];
  return objects.flatMap((o) => o.value.map((a) => (a.address ?? '').toLowerCase())).filter(Boolean);
}

function headerReader(lines: HeaderLines): (name: string) => string[] {
  return (name) =>
    lines
      .filter((l) => l.key === name)
      .map((l) =>
        l.line
          .slice(l.line.indexOf(':') + 1)
          .replace(/\r?\n[ \t]+/g, ' ')
          .trim(),
      );
}

/** Any control character (CR/LF included) becomes a space: subjects end up in titles and headers. */
export function singleLine(value: string): string {
  return (
    value
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u001f\u007f]+/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
  );
}

const PARSER_OPTIONS = {
  keepCidLinks: true,
  skipImageLinks: true,
  // Attached messages stay attachments: their own trees are never walked (depth stays bounded).
  ignoreEmbedded: true,
  // Bounces: the delivery-status part is read as data, not mixed into the text.
  keepDeliveryStatus: true,
  checksumAlgo: 'sha256',
  skipTextLinks: true,
  maxHtmlLengthToParse: 2_000_000,
  maxHeadSize: 256 * 1024,
} as const;

export async function parseEmail(raw: Buffer): Promise<ParsedEmail> {
  const mail = await simpleParser(raw, PARSER_OPTIONS);
  const header = headerReader(mail.headerLines);
  const contentType = mail.headers.get('content-type') as
    { value?: string; params?: Record<string, string> } | undefined;
  const fromValue = mail.from?.value[0];
  const fromAddress = fromValue?.address?.trim().toLowerCase() ?? '';
  return {
    messageId: messageIdsIn(mail.messageId)[0] ?? null,
    inReplyTo: messageIdsIn(mail.inReplyTo)[0] ?? null,
    references: messageIdsIn(mail.references),
    from: fromAddress ? { address: fromAddress, name: singleLine(fromValue?.name ?? '') } : null,
    to: addressesOf(mail.to),
    cc: addressesOf(mail.cc),
    subject: singleLine(mail.subject ?? ''),
    text: (mail.text ?? '').replace(/\r\n/g, '\n'),
    html: typeof mail.html === 'string' ? mail.html : null,
    attachments: mail.attachments,
    contentType: (contentType?.value ?? 'text/plain').toLowerCase(),
    reportType: contentType?.params?.['report-type']?.toLowerCase() ?? null,
    header,
  };
}
