/**
 * A calendar prepared for fast business-time queries.
 *
 * UTC time is cut into fixed chunks of CHUNK_SECONDS; each chunk holds the calendar's business intervals
 * falling in it (UTC epoch seconds, sorted, merged) plus running totals, so a query is a binary search
 * per chunk and never touches luxon or the time-zone database once the chunk is cached. Chunks are keyed
 * by UTC (not local dates) so finding the chunk of an instant needs no offset lookup at all.
 */
import type { Calendar, Weekday } from './calendar-schema';
import { WEEKDAYS } from './calendar-schema';
import { parseCalendar } from './calendar';
import { isoWeekday, parseIsoDate, SECONDS_PER_DAY } from './civil-date';
import { mergeIntervals } from './interval-set';
import { SlaError } from './sla-error';
import type { OffsetAt } from './wall-clock-to-utc';
import { localDayToUtcIntervals, zoneOffsetFunction } from './wall-clock-to-utc';
import { parseEndTime, parseStartTime } from './wall-time';

export const CHUNK_DAYS = 32;
export const CHUNK_SECONDS = CHUNK_DAYS * SECONDS_PER_DAY;
/** ~22 years of chunks per calendar; beyond that the oldest-built chunk is dropped. */
export const MAX_CACHED_CHUNKS = 256;

export interface BusinessChunk {
  readonly index: number;
  /** starts[i]..ends[i] is the i-th business interval, epoch seconds, clipped to the chunk. */
  readonly starts: Float64Array;
  readonly ends: Float64Array;
  /** cumulative[i] = business seconds in the chunk before interval i; cumulative[n] = total. */
  readonly cumulative: Float64Array;
  readonly total: number;
}

const CLOSED: readonly number[] = [];

export class CompiledCalendar {
  readonly calendar: Calendar;
  /** True when no weekday and no exception has any hours: the primitives can fail fast. */
  readonly neverOpen: boolean;
  private readonly offsetAt: OffsetAt;
  /** Minute intervals indexed by ISO weekday (1 = Monday … 7 = Sunday); index 0 unused. */
  private readonly weekly: ReadonlyArray<readonly number[]>;
  private readonly holidays: ReadonlySet<number>;
  private readonly exceptions: ReadonlyMap<number, readonly number[]>;
  private readonly chunks = new Map<number, BusinessChunk>();

  constructor(calendar: Calendar) {
    this.calendar = calendar;
    this.offsetAt = zoneOffsetFunction(calendar.timeZone);
    this.weekly = [CLOSED, ...WEEKDAYS.map((day: Weekday) => toMinuteIntervals(calendar.hours[day] ?? []))];
    this.holidays = new Set(
      (calendar.holidays ?? []).map((holiday) =>
        dayNumberOf(typeof holiday === 'string' ? holiday : holiday.date),
      ),
    );
    this.exceptions = new Map(
      Object.entries(calendar.exceptions ?? {}).map(([date, hours]) => [
        dayNumberOf(date),
        toMinuteIntervals(hours),
      ]),
    );
    this.neverOpen =
      this.weekly.every((day) => day.length === 0) &&
      [...this.exceptions.values()].every((day) => day.length === 0);
  }

  /** Opening hours of a local date: an exception wins over a holiday, which wins over the weekday. */
  minuteIntervalsOn(dayNumber: number): readonly number[] {
    const exception = this.exceptions.get(dayNumber);
    if (exception !== undefined) return exception;
    if (this.holidays.has(dayNumber)) return CLOSED;
    return this.weekly[isoWeekday(dayNumber)] ?? CLOSED;
  }

  chunkIndexOf(epochSeconds: number): number {
    return Math.floor(epochSeconds / CHUNK_SECONDS);
  }

  chunk(index: number): BusinessChunk {
    const cached = this.chunks.get(index);
    if (cached !== undefined) return cached;
    const built = this.buildChunk(index);
    if (this.chunks.size >= MAX_CACHED_CHUNKS) {
      const oldest = this.chunks.keys().next();
      if (!oldest.done) this.chunks.delete(oldest.value);
    }
    this.chunks.set(index, built);
    return built;
  }

  private buildChunk(index: number): BusinessChunk {
    const chunkStart = index * CHUNK_SECONDS;
    const chunkEnd = chunkStart + CHUNK_SECONDS;
    // Offsets lie within ±14 h (plus a DST gap), so local dates one or two days beyond the UTC range can
    // still reach into it.
    const firstDay = Math.floor(chunkStart / SECONDS_PER_DAY) - 2;
    const lastDay = Math.floor(chunkEnd / SECONDS_PER_DAY) + 1;
    const clipped: number[] = [];
    for (let day = firstDay; day <= lastDay; day++) {
      const minutes = this.minuteIntervalsOn(day);
      if (minutes.length === 0) continue;
      const utc = localDayToUtcIntervals(this.offsetAt, day, minutes);
      for (let i = 0; i + 1 < utc.length; i += 2) {
        clipped.push(Math.max(utc[i]!, chunkStart), Math.min(utc[i + 1]!, chunkEnd));
      }
    }
    const merged = mergeIntervals(clipped);
    const count = merged.length / 2;
    const starts = new Float64Array(count);
    const ends = new Float64Array(count);
    const cumulative = new Float64Array(count + 1);
    for (let i = 0; i < count; i++) {
      starts[i] = merged[2 * i]!;
      ends[i] = merged[2 * i + 1]!;
      cumulative[i + 1] = cumulative[i]! + ends[i]! - starts[i]!;
    }
    return { index, starts, ends, cumulative, total: cumulative[count]! };
  }
}

// Only reached with validated calendars, so a null here is a programming error.
function dayNumberOf(isoDate: string): number {
  const dayNumber = parseIsoDate(isoDate);
  if (dayNumber === null) throw new Error(`unvalidated calendar date ${isoDate}`);
  return dayNumber;
}

function toMinuteIntervals(hours: readonly (readonly [string, string])[]): number[] {
  const flat: number[] = [];
  for (const [start, end] of hours) flat.push(parseStartTime(start) ?? 0, parseEndTime(end) ?? 0);
  return mergeIntervals(flat);
}

const compiledByCalendar = new WeakMap<Calendar, CompiledCalendar>();

/**
 * Validates and compiles a calendar, memoized per calendar object (treat calendars as immutable: a
 * mutated object keeps its old compiled form). Throws `sla.invalid_calendar` with the validation errors.
 */
export function compileCalendar(calendar: Calendar): CompiledCalendar {
  const cached = compiledByCalendar.get(calendar);
  if (cached !== undefined) return cached;
  const parsed = parseCalendar(calendar);
  if (!parsed.ok) throw new SlaError('sla.invalid_calendar', { errors: parsed.errors });
  const compiled = new CompiledCalendar(parsed.calendar);
  compiledByCalendar.set(calendar, compiled);
  return compiled;
}

export function toCompiledCalendar(calendar: Calendar | CompiledCalendar): CompiledCalendar {
  return calendar instanceof CompiledCalendar ? calendar : compileCalendar(calendar);
}
