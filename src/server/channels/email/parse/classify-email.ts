import type { ParsedEmail } from './parse-email';

/**
 * Loop and noise protection. Mail that is not a person writing to the desk is recorded but never
 * ticketed as new work and never answered: Mesa's own mail coming back, delivery reports (bounces),
 * and automatic replies (out-of-office, autoresponders, bulk and list mail).
 */
export type EmailClass =
  | { kind: 'own_address'; reason: string }
  | { kind: 'bounce' }
  | { kind: 'auto_reply'; reason: string }
  | { kind: 'person' };

/** Added to everything Mesa sends; seeing it on incoming mail means our own mail came back. */
export const LOOP_HEADER = 'x-mesa-loop';

export interface ClassifyContext {
  ownAddresses: ReadonlySet<string>;
  /** The SMTP envelope sender when known ('' is the null sender `<>`), null when unknown (IMAP). */
  envelopeFrom: string | null;
}

const first = (mail: ParsedEmail, name: string): string | null => mail.header(name)[0] ?? null;

function isNullReturnPath(mail: ParsedEmail, envelopeFrom: string | null): boolean {
  if (envelopeFrom === '') return true;
  const returnPath = first(mail, 'return-path');
  return returnPath !== null && /^<\s*>$/.test(returnPath);
}

function isDeliveryReport(mail: ParsedEmail): boolean {
  if (mail.contentType === 'multipart/report' && mail.reportType === 'delivery-status') return true;
  return mail.attachments.some((a) => a.contentType.toLowerCase() === 'message/delivery-status');
}

function autoReplyReason(mail: ParsedEmail, envelopeFrom: string | null): string | null {
  const autoSubmitted = first(mail, 'auto-submitted');
  if (autoSubmitted && autoSubmitted.toLowerCase() !== 'no') return `auto-submitted: ${autoSubmitted}`;
  if (first(mail, 'x-autoreply') !== null) return 'x-autoreply';
  if (first(mail, 'x-autorespond') !== null) return 'x-autorespond';
  const precedence = first(mail, 'precedence')?.toLowerCase();
  if (precedence && ['bulk', 'junk', 'list', 'auto_reply'].includes(precedence))
    return `precedence: ${precedence}`;
  if (isNullReturnPath(mail, envelopeFrom)) return 'empty return-path';
  return null;
}

export function classifyEmail(mail: ParsedEmail, ctx: ClassifyContext): EmailClass {
  if (mail.from && ctx.ownAddresses.has(mail.from.address)) return { kind: 'own_address', reason: 'from' };
  if (mail.header(LOOP_HEADER).length > 0) return { kind: 'own_address', reason: LOOP_HEADER };
  if (isDeliveryReport(mail)) return { kind: 'bounce' };
  const reason = autoReplyReason(mail, ctx.envelopeFrom);
  return reason ? { kind: 'auto_reply', reason } : { kind: 'person' };
}
