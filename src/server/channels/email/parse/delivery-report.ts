import { messageIdsIn, type ParsedEmail } from './parse-email';

/** What a DSN (RFC 3464) says about one recipient. */
export interface FailedRecipient {
  recipient: string;
  action: string;
  status: string;
  diagnostic: string;
}

export interface DeliveryReport {
  recipients: FailedRecipient[];
  /** Message-IDs of the mail that failed: from the returned headers, then the report's own threading. */
  originalMessageIds: string[];
}

function fieldsOf(block: string): Map<string, string> {
  const fields = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) fields.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return fields;
}

const afterType = (value: string | undefined): string => (value ?? '').replace(/^[\w-]+\s*;\s*/, '').trim();

export function readDeliveryReport(mail: ParsedEmail): DeliveryReport {
  const status = mail.attachments.find((a) => a.contentType.toLowerCase() === 'message/delivery-status');
  // The first block is per-message, the following ones per-recipient.
  const blocks = (status?.content.toString('utf8') ?? '').split(/\r?\n\s*\r?\n/).slice(1);
  const recipients = blocks
    .map(fieldsOf)
    .filter((f) => f.has('final-recipient') || f.has('original-recipient'))
    .map((f) => ({
      recipient: afterType(f.get('final-recipient') ?? f.get('original-recipient')).slice(0, 320),
      action: (f.get('action') ?? '').toLowerCase().slice(0, 40),
      status: (f.get('status') ?? '').slice(0, 20),
      diagnostic: afterType(f.get('diagnostic-code')).slice(0, 500),
    }))
    .slice(0, 50);
  const returned = mail.attachments.find((a) =>
    ['message/rfc822', 'text/rfc822-headers', 'message/rfc822-headers'].includes(a.contentType.toLowerCase()),
  );
  const returnedHead =
    returned?.content
      .subarray(0, 64 * 1024)
      .toString('latin1')
      .split(/\r?\n\r?\n/)[0] ?? '';
  const returnedId = /^message-id:\s*(<[^<>\s]+>)/im.exec(returnedHead)?.[1];
  const originalMessageIds = [
    ...(returnedId ? [returnedId] : []),
    ...(mail.inReplyTo ? [mail.inReplyTo] : []),
    ...messageIdsIn(mail.references),
  ];
  return { recipients, originalMessageIds: [...new Set(originalMessageIds)] };
}
