/**
 * Converting a calendar's wall-clock times to UTC instants, DST-correct.
 *
 * Rules (DESIGN.md "SLA model"):
 * - A wall time that does not exist (spring-forward gap) is moved forward by the gap, as luxon does by
 *   default: Europe/Madrid 2026-03-29 02:30 → 03:30 CEST.
 * - A wall time that happens twice (fall-back) resolves to its FIRST occurrence when it opens an interval
 *   and to its LAST occurrence when it closes one. So an interval spanning the repeated hour lasts one hour
 *   longer in real time ("a repeated hour counts twice"), and 00:00–24:00 on a fall-back day is 25 h.
 */
import { IANAZone } from 'luxon';
import { SECONDS_PER_DAY } from './civil-date';
import { mergeIntervals } from './interval-set';
import { MINUTES_PER_DAY } from './wall-time';

/** UTC offset in seconds of a zone at an instant (epoch seconds). */
export type OffsetAt = (epochSeconds: number) => number;

export function zoneOffsetFunction(timeZone: string): OffsetAt {
  const zone = IANAZone.create(timeZone);
  return (epochSeconds) => zone.offset(epochSeconds * 1000) * 60;
}

type Occurrence = 'first' | 'last';

/**
 * `wallSeconds` is the wall-clock time encoded as if it were UTC (day number × 86400 + second of day).
 * Assumes at most one offset transition within ±1 day, true of every real zone.
 */
export function wallClockToUtc(offsetAt: OffsetAt, wallSeconds: number, occurrence: Occurrence): number {
  const offsetBefore = offsetAt(wallSeconds - SECONDS_PER_DAY);
  const offsetAfter = offsetAt(wallSeconds + SECONDS_PER_DAY);
  if (offsetBefore === offsetAfter) return wallSeconds - offsetBefore;
  const withBefore = wallSeconds - offsetBefore;
  const withAfter = wallSeconds - offsetAfter;
  const beforeValid = offsetAt(withBefore) === offsetBefore;
  const afterValid = offsetAt(withAfter) === offsetAfter;
  if (beforeValid && afterValid) {
    return occurrence === 'first' ? Math.min(withBefore, withAfter) : Math.max(withBefore, withAfter);
  }
  if (beforeValid) return withBefore;
  if (afterValid) return withAfter;
  // In the gap: read the wall time with the pre-transition offset, which lands it `gap` later.
  return withBefore;
}

/**
 * UTC intervals `[start0, end0, start1, end1, …]` (epoch seconds, sorted, merged, non-empty) of one local
 * date whose opening hours are `minuteIntervals` (`[from, to, …]` minutes of the day).
 */
export function localDayToUtcIntervals(
  offsetAt: OffsetAt,
  dayNumber: number,
  minuteIntervals: readonly number[],
): number[] {
  const midnight = dayNumber * SECONDS_PER_DAY;
  const offsetBefore = offsetAt(midnight - SECONDS_PER_DAY);
  const offsetAfter = offsetAt(midnight + 2 * SECONDS_PER_DAY);
  const utc: number[] = [];
  for (let i = 0; i + 1 < minuteIntervals.length; i += 2) {
    const fromWall = midnight + minuteIntervals[i]! * 60;
    const toWall = midnight + Math.min(minuteIntervals[i + 1]!, MINUTES_PER_DAY) * 60;
    if (offsetBefore === offsetAfter) {
      utc.push(fromWall - offsetBefore, toWall - offsetBefore);
    } else {
      utc.push(wallClockToUtc(offsetAt, fromWall, 'first'), wallClockToUtc(offsetAt, toWall, 'last'));
    }
  }
  // On transition days, gap-shifted times can collapse an interval or make neighbours overlap.
  return offsetBefore === offsetAfter ? utc : mergeIntervals(utc);
}
