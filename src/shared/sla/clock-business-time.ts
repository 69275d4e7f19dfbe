/**
 * Business-time arithmetic for the clock, in epoch seconds over "stops" (flat, sorted, disjoint
 * `[from0, to0, from1, to1, …]`; the last `to` may be Infinity for a stop still going on). The same
 * algorithms as addBusinessTime / businessSecondsBetween, minus the ISO parsing and pause merging that
 * the clock has already done once per ticket.
 */
import { advanceBusinessTime, businessSecondsInRange } from './business-time-core';
import type { CompiledCalendar } from './compiled-calendar';

/** Business seconds in `[from, to)` that fall outside every stop. */
export function elapsedOutsideStops(
  calendar: CompiledCalendar,
  from: number,
  to: number,
  stops: readonly number[],
): number {
  if (to <= from) return 0;
  let total = businessSecondsInRange(calendar, from, to);
  for (let i = 0; i < stops.length; i += 2) {
    const stopFrom = stops[i]!;
    if (stopFrom >= to) break;
    const clippedFrom = Math.max(stopFrom, from);
    const clippedTo = Math.min(stops[i + 1]!, to);
    if (clippedFrom < clippedTo) total -= businessSecondsInRange(calendar, clippedFrom, clippedTo);
  }
  return total;
}

/**
 * The earliest instant at which `seconds` (> 0) business seconds outside stops have run since `start`;
 * Infinity when a stop that never ends comes first.
 */
export function advanceOutsideStops(
  calendar: CompiledCalendar,
  start: number,
  seconds: number,
  stops: readonly number[],
): number {
  let cursor = start;
  let remaining = seconds;
  for (let i = 0; i < stops.length; i += 2) {
    const stopFrom = stops[i]!;
    const stopTo = stops[i + 1]!;
    if (stopTo <= cursor) continue;
    if (stopFrom > cursor) {
      const available = businessSecondsInRange(calendar, cursor, stopFrom);
      if (available >= remaining) return advanceBusinessTime(calendar, cursor, remaining);
      remaining -= available;
    }
    if (stopTo === Infinity) return Infinity;
    cursor = stopTo;
  }
  return advanceBusinessTime(calendar, cursor, remaining);
}
