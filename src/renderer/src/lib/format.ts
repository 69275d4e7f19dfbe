import type { Language } from '../../../shared/domain/localized-text';

export type AgeParts = { key: 'age.now' } | { key: 'age.minutes' | 'age.hours' | 'age.days'; n: number };

/** "3 h" style age; minutes under an hour, hours under two days, then days. */
export function ageParts(fromIso: string, nowMs: number): AgeParts {
  const minutes = Math.floor((nowMs - Date.parse(fromIso)) / 60_000);
  if (!Number.isFinite(minutes) || minutes < 1) return { key: 'age.now' };
  if (minutes < 60) return { key: 'age.minutes', n: minutes };
  const hours = Math.floor(minutes / 60);
  if (hours < 48) return { key: 'age.hours', n: hours };
  return { key: 'age.days', n: Math.floor(hours / 24) };
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(language: Language, kind: 'short' | 'time'): Intl.DateTimeFormat {
  const id = `${language}:${kind}`;
  let f = formatters.get(id);
  if (!f) {
    f =
      kind === 'short'
        ? new Intl.DateTimeFormat(language, { dateStyle: 'short', timeStyle: 'short' })
        : new Intl.DateTimeFormat(language, { hour: '2-digit', minute: '2-digit' });
    formatters.set(id, f);
  }
  return f;
}

export function formatDateTime(iso: string, language: Language): string {
  const ms = Date.parse(iso);
  return Number.isFinite(ms) ? formatter(language, 'short').format(ms) : iso;
}

/** Same-day SLA dues show the time only; others date and time. */
export function formatDue(iso: string, language: Language, nowMs: number): string {
  const ms = Date.parse(iso);
  if (!Number.isFinite(ms)) return iso;
  const sameDay = new Date(ms).toDateString() === new Date(nowMs).toDateString();
  return formatter(language, sameDay ? 'time' : 'short').format(ms);
}

const numberFormats = new Map<Language, Intl.NumberFormat>();

/** 100000 → "100.000" / "100,000". */
export function formatCount(n: number, language: Language): string {
  let f = numberFormats.get(language);
  if (!f) numberFormats.set(language, (f = new Intl.NumberFormat(language)));
  return f.format(n);
}
