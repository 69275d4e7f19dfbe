/**
 * Separates what the requester wrote from the history their mail client quoted below it, so a reply
 * becomes a short comment. Cuts at the first marker of quoted history; without one, trailing `>`
 * quotes and the signature are dropped. The quoted part is kept apart (stored, not shown by default).
 */
export interface SplitReply {
  reply: string;
  quoted: string;
}

// Lines that open the quoted history, in the languages the desk works in.
const HISTORY_MARKERS: RegExp[] = [
  /^-{2,}\s*(original message|mensaje original|forwarded message|mensaje reenviado)\s*-{2,}\s*$/i,
  /^_{5,}\s*$/, // Outlook's rule above its "From:" block in plain text
  /^on\b.{0,300}\bwrote:\s*$/i,
  /^el\b.{0,300}\bescribi[óo]:\s*$/i,
  /^le\b.{0,300}\ba [ée]crit\s*:\s*$/i,
];
// Outlook's header block: "From:" (or "De:") followed within a few lines by "Sent:"/"Date:"/"Enviado:".
const OUTLOOK_FROM = /^\*?(from|de)\s*:\*?\s+\S/i;
const OUTLOOK_NEXT = /^\*?(sent|date|enviado|fecha|to|para|subject|asunto)\s*:/i;
// "On Tue, 3 Nov 2026, Ana <ana@x> wrote:" is often wrapped by the sender's client over two lines.
const WRAPPED_ATTRIBUTION_START = /^(on|el)\s.{0,200}$/i;
const WRAPPED_ATTRIBUTION_END = /\b(wrote|escribi[óo]):\s*$/i;

function historyStart(lines: string[]): number {
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (HISTORY_MARKERS.some((m) => m.test(line))) return i;
    if (OUTLOOK_FROM.test(line) && lines.slice(i + 1, i + 4).some((l) => OUTLOOK_NEXT.test(l.trim())))
      return i;
    const next = (lines[i + 1] ?? '').trim();
    if (WRAPPED_ATTRIBUTION_START.test(line) && WRAPPED_ATTRIBUTION_END.test(next)) return i;
  }
  return -1;
}

function dropTrailingQuotes(lines: string[]): { kept: string[]; quoted: string[] } {
  let end = lines.length;
  while (end > 0 && /^\s*(>|$)/.test(lines[end - 1] ?? '')) end -= 1;
  const tail = lines.slice(end);
  return tail.some((l) => l.trim().startsWith('>'))
    ? { kept: lines.slice(0, end), quoted: tail }
    : { kept: lines, quoted: [] };
}

function dropSignature(lines: string[]): string[] {
  const at = lines.findIndex((l) => l === '-- ' || l === '--');
  return at >= 0 ? lines.slice(0, at) : lines;
}

export function splitReply(text: string): SplitReply {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const start = historyStart(lines);
  const head = start >= 0 ? lines.slice(0, start) : lines;
  const history = start >= 0 ? lines.slice(start) : [];
  const { kept, quoted } = dropTrailingQuotes(head);
  const reply = dropSignature(kept).join('\n').trim();
  return { reply, quoted: [...quoted, ...history].join('\n').trim() };
}
