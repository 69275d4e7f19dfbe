/** The ticket tag in subjects, `[MS-10234]`: what threads a reply when its headers were lost. */
const TAG = /\[(MS-\d{1,12})\]/i;
const REPLY_PREFIXES = /^\s*((re|fw|fwd|rv|r|aw|sv|tr|enc)\s*(\[\d+\])?\s*:\s*)+/i;

export function ticketNumberInSubject(subject: string): string | null {
  return TAG.exec(subject)?.[1]?.toUpperCase() ?? null;
}

/** "[MS-10234] Printer jam" for the number and the ticket's title, without a second tag. */
export function taggedSubject(number: string, title: string, prefix = ''): string {
  return `${prefix}[${number}] ${title.replace(TAG, '').trim()}`;
}

/** A new ticket's title from a subject: reply prefixes and a stale tag removed. */
export function titleFromSubject(subject: string): string {
  return subject.replace(REPLY_PREFIXES, '').replace(TAG, '').replace(/\s+/g, ' ').trim();
}
