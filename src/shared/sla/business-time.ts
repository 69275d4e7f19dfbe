/**
 * The two SLA primitives (DESIGN.md "SLA model"). Everything else — clocks, timers, KPIs — is built on
 * them, on the desktop, the server and in reports alike.
 *
 * Instants in: ISO-8601 with `Z` or an offset (see instant.ts); instants out: `YYYY-MM-DDTHH:MM:SSZ`.
 * Durations are whole seconds. Business time is real elapsed time inside the calendar's opening hours,
 * minus any pause.
 */
import type { Calendar } from './calendar-schema';
import {
  advanceBusinessTime,
  businessSecondsInRange,
  firstBusinessMomentAtOrAfter,
} from './business-time-core';
import type { CompiledCalendar } from './compiled-calendar';
import { toCompiledCalendar } from './compiled-calendar';
import { formatInstant, parseInstant } from './instant';
import type { Pause } from './pauses';
import { normalizePauses } from './pauses';
import { SlaError } from './sla-error';

/** ~100 years: far beyond any SLA target, and keeps a runaway duration from walking the calendar for ages. */
export const MAX_DURATION_SECONDS = 100 * 366 * 86_400;

export interface BusinessTimeOptions {
  /** Instants during which the clock is stopped; may overlap and may start before the clock starts. */
  pauses?: readonly Pause[];
}

/**
 * The instant at which `seconds` business seconds have elapsed since `startIso`.
 * - Running out exactly at a closing time (or at the start of a pause) gives that instant, not the next
 *   opening.
 * - `seconds === 0` gives the first business moment at or after the start that is not inside a pause.
 * Throws SlaError: `sla.bad_instant`, `sla.bad_duration` (negative, fractional, non-finite or over
 * MAX_DURATION_SECONDS),
 * `sla.pause_reversed`, `sla.invalid_calendar`, `sla.no_business_time` (no opening within ~3 years).
 */
export function addBusinessTime(
  calendar: Calendar | CompiledCalendar,
  startIso: string,
  seconds: number,
  options: BusinessTimeOptions = {},
): string {
  const compiled = toCompiledCalendar(calendar);
  const start = parseInstant(startIso, 'start');
  if (!Number.isInteger(seconds) || seconds < 0 || seconds > MAX_DURATION_SECONDS) {
    throw new SlaError('sla.bad_duration', { field: 'seconds', value: String(seconds) });
  }
  const pauses = normalizePauses(options.pauses);
  if (seconds === 0) return formatInstant(firstUnpausedBusinessMoment(compiled, start, pauses));

  let cursor = start;
  let remaining = seconds;
  for (let i = 0; i < pauses.length; i += 2) {
    const pauseFrom = pauses[i]!;
    const pauseTo = pauses[i + 1]!;
    if (pauseTo <= cursor) continue;
    if (pauseFrom > cursor) {
      const available = businessSecondsInRange(compiled, cursor, pauseFrom);
      if (available >= remaining) return formatInstant(advanceBusinessTime(compiled, cursor, remaining));
      remaining -= available;
    }
    cursor = pauseTo;
  }
  return formatInstant(advanceBusinessTime(compiled, cursor, remaining));
}

/**
 * Business seconds in `[fromIso, toIso)` outside pauses. Throws SlaError: `sla.bad_instant`,
 * `sla.range_reversed` (from after to), `sla.pause_reversed`, `sla.invalid_calendar`.
 */
export function businessSecondsBetween(
  calendar: Calendar | CompiledCalendar,
  fromIso: string,
  toIso: string,
  options: BusinessTimeOptions = {},
): number {
  const compiled = toCompiledCalendar(calendar);
  const from = parseInstant(fromIso, 'from');
  const to = parseInstant(toIso, 'to');
  if (from > to) throw new SlaError('sla.range_reversed', { from: fromIso, to: toIso });
  const pauses = normalizePauses(options.pauses);
  let total = businessSecondsInRange(compiled, from, to);
  for (let i = 0; i < pauses.length; i += 2) {
    const pausedFrom = Math.max(pauses[i]!, from);
    const pausedTo = Math.min(pauses[i + 1]!, to);
    if (pausedFrom < pausedTo) total -= businessSecondsInRange(compiled, pausedFrom, pausedTo);
  }
  return total;
}

function firstUnpausedBusinessMoment(
  calendar: CompiledCalendar,
  start: number,
  pauses: readonly number[],
): number {
  let candidate = firstBusinessMomentAtOrAfter(calendar, start);
  for (let i = 0; i < pauses.length; i += 2) {
    if (pauses[i + 1]! <= candidate) continue;
    if (pauses[i]! > candidate) break;
    // Pauses are disjoint and sorted, so after leaving this one only later pauses can still matter.
    candidate = firstBusinessMomentAtOrAfter(calendar, pauses[i + 1]!);
  }
  return candidate;
}
