/**
 * ISO-8601 instants in and out of the primitives.
 *
 * Input: `YYYY-MM-DDTHH:MM[:SS[.fraction]]` followed by `Z` or a `±HH:MM` / `±HHMM` offset. An offset is
 * mandatory: a bare local time is ambiguous for an SLA clock, so it is rejected. Fractions of a second
 * are truncated (the primitives work at second precision).
 *
 * Output: always UTC, second precision, `YYYY-MM-DDTHH:MM:SSZ` (e.g. `2026-03-02T14:00:00Z`).
 *
 * Parsed by hand rather than with luxon/Date.parse: it is on the per-ticket hot path and Date.parse
 * accepts many non-ISO shapes.
 */
import { civilFromDays, daysFromCivil, isValidCivilDate, pad2, SECONDS_PER_DAY } from './civil-date';
import { SlaError } from './sla-error';

const ISO_INSTANT =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:(Z)|([+-])(\d{2}):?(\d{2}))$/;

/** Epoch seconds (floored to the second) of an ISO instant; throws `sla.bad_instant` naming `field`. */
export function parseInstant(text: unknown, field: string): number {
  const seconds = typeof text === 'string' ? tryParseInstant(text) : null;
  if (seconds === null) throw new SlaError('sla.bad_instant', { field, value: String(text) });
  return seconds;
}

export function tryParseInstant(text: string): number | null {
  const m = ISO_INSTANT.exec(text);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  const hour = Number(m[4]);
  const minute = Number(m[5]);
  const second = m[6] === undefined ? 0 : Number(m[6]);
  if (!isValidCivilDate(year, month, day) || hour > 23 || minute > 59 || second > 59) return null;
  let offsetSeconds = 0;
  if (m[7] === undefined) {
    const offsetHours = Number(m[9]);
    const offsetMinutes = Number(m[10]);
    if (offsetHours > 23 || offsetMinutes > 59) return null;
    offsetSeconds = (m[8] === '-' ? -1 : 1) * (offsetHours * 3600 + offsetMinutes * 60);
  }
  return (
    daysFromCivil(year, month, day) * SECONDS_PER_DAY + hour * 3600 + minute * 60 + second - offsetSeconds
  );
}

export function formatInstant(epochSeconds: number): string {
  const dayNumber = Math.floor(epochSeconds / SECONDS_PER_DAY);
  const secondOfDay = epochSeconds - dayNumber * SECONDS_PER_DAY;
  const { year, month, day } = civilFromDays(dayNumber);
  const hour = Math.floor(secondOfDay / 3600);
  const minute = Math.floor((secondOfDay % 3600) / 60);
  const second = secondOfDay % 60;
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}T${pad2(hour)}:${pad2(minute)}:${pad2(second)}Z`;
}
