/**
 * Business-time arithmetic on a compiled calendar, in epoch seconds, without pauses. The public ISO API
 * (business-time.ts) layers parsing and pauses on top of these three operations.
 */
import type { BusinessChunk, CompiledCalendar } from './compiled-calendar';
import { CHUNK_DAYS } from './compiled-calendar';
import { formatInstant } from './instant';
import { SlaError } from './sla-error';

/** How far we look for the next business moment before declaring the calendar never open (~3 years). */
export const NO_BUSINESS_TIME_HORIZON_DAYS = 1096;
const HORIZON_CHUNKS = Math.ceil(NO_BUSINESS_TIME_HORIZON_DAYS / CHUNK_DAYS);

/** Business seconds in `chunk` strictly before instant `t`. */
function businessBefore(chunk: BusinessChunk, t: number): number {
  const { starts, ends, cumulative } = chunk;
  // Number of intervals starting at or before t.
  let low = 0;
  let high = starts.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (starts[mid]! <= t) low = mid + 1;
    else high = mid;
  }
  if (low === 0) return 0;
  const i = low - 1;
  return cumulative[i]! + Math.min(t, ends[i]!) - starts[i]!;
}

/** Business seconds in `[from, to)`; requires from ≤ to. */
export function businessSecondsInRange(calendar: CompiledCalendar, from: number, to: number): number {
  const firstIndex = calendar.chunkIndexOf(from);
  const lastIndex = calendar.chunkIndexOf(to);
  const first = calendar.chunk(firstIndex);
  if (firstIndex === lastIndex) return businessBefore(first, to) - businessBefore(first, from);
  let total = first.total - businessBefore(first, from);
  for (let index = firstIndex + 1; index < lastIndex; index++) total += calendar.chunk(index).total;
  return total + businessBefore(calendar.chunk(lastIndex), to);
}

/**
 * The earliest instant at which `seconds` (> 0) business seconds have elapsed since `start`. Because it is
 * the earliest, time running out exactly at a closing time yields that closing time.
 */
export function advanceBusinessTime(calendar: CompiledCalendar, start: number, seconds: number): number {
  if (calendar.neverOpen) throw noBusinessTime(calendar, start);
  let index = calendar.chunkIndexOf(start);
  let chunk = calendar.chunk(index);
  let target = businessBefore(chunk, start) + seconds;
  let emptyChunks = 0;
  while (chunk.total < target) {
    target -= chunk.total;
    emptyChunks = chunk.total === 0 ? emptyChunks + 1 : 0;
    if (emptyChunks > HORIZON_CHUNKS) throw noBusinessTime(calendar, start);
    index += 1;
    chunk = calendar.chunk(index);
  }
  // First interval whose running total reaches the target.
  const { starts, cumulative } = chunk;
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (cumulative[mid + 1]! >= target) high = mid;
    else low = mid + 1;
  }
  return starts[low]! + (target - cumulative[low]!);
}

/** The first instant ≥ `t` inside business hours. */
export function firstBusinessMomentAtOrAfter(calendar: CompiledCalendar, t: number): number {
  if (calendar.neverOpen) throw noBusinessTime(calendar, t);
  const firstIndex = calendar.chunkIndexOf(t);
  for (let index = firstIndex; index <= firstIndex + HORIZON_CHUNKS + 1; index++) {
    const { starts, ends } = calendar.chunk(index);
    // First interval ending after t (intervals are half-open, so a closing instant is not business).
    let low = 0;
    let high = ends.length;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if (ends[mid]! <= t) low = mid + 1;
      else high = mid;
    }
    if (low < starts.length) return Math.max(starts[low]!, t);
  }
  throw noBusinessTime(calendar, t);
}

function noBusinessTime(calendar: CompiledCalendar, from: number): SlaError {
  return new SlaError('sla.no_business_time', {
    calendar: calendar.calendar.name,
    from: formatInstant(from),
    horizonDays: NO_BUSINESS_TIME_HORIZON_DAYS,
  });
}
