/**
 * Holiday import from iCalendar (.ics) files, e.g. a government's public-holiday feed, parsed with
 * ical.js. Only all-day events become holidays; timed events are skipped with a warning because a
 * business calendar closes whole local dates. The input is untrusted (uploaded by an admin or fetched),
 * hence the size, event-count and recurrence bounds.
 */
import ICAL from 'ical.js';
import { daysFromCivil, formatIsoDate } from './civil-date';
import type { ValidationError, ValidationParams } from './validation-error';

export const ICS_ERROR_CODES = [
  'ics.not_icalendar',
  'ics.too_large',
  'ics.too_many_events',
  'ics.bad_year_range',
] as const;
export type IcsErrorCode = (typeof ICS_ERROR_CODES)[number];

export const ICS_WARNING_CODES = [
  'ics.not_all_day',
  'ics.recurrence_not_expanded',
  'ics.recurrence_truncated',
  'ics.event_too_long',
] as const;
export type IcsWarningCode = (typeof ICS_WARNING_CODES)[number];

export const DEFAULT_ICS_MAX_BYTES = 2 * 1024 * 1024;
export const DEFAULT_ICS_MAX_EVENTS = 5000;
/** Steps of one RRULE expansion before giving up (a daily rule from 1900 would otherwise run long). */
const MAX_RECURRENCE_STEPS = 100_000;
/** Longest all-day event accepted as holidays (a whole year of closure is already suspicious). */
const MAX_EVENT_DAYS = 366;
const MAX_YEAR_SPAN = 200;

export interface ImportedHoliday {
  date: string;
  name: string;
}

export interface IcsWarning {
  code: IcsWarningCode;
  params: ValidationParams;
}

export interface ImportHolidaysOptions {
  /** UTF-8 size limit; default 2 MB. */
  maxBytes?: number;
  /** Limit on VEVENTs in the file and on holidays produced by expanding recurrences; default 5000. */
  maxEvents?: number;
  /**
   * Inclusive year range over which recurring events (RRULE/RDATE) are expanded. Without it a recurring
   * event yields only its first occurrence, with an `ics.recurrence_not_expanded` warning.
   */
  years?: { from: number; to: number };
}

export type ImportHolidaysResult =
  | { ok: true; holidays: ImportedHoliday[]; warnings: IcsWarning[] }
  | { ok: false; errors: ValidationError[] };

/** Holidays sorted by date, one per date (the first event seen names it). */
export function importHolidaysFromIcs(
  text: string,
  options: ImportHolidaysOptions = {},
): ImportHolidaysResult {
  const maxBytes = options.maxBytes ?? DEFAULT_ICS_MAX_BYTES;
  const maxEvents = options.maxEvents ?? DEFAULT_ICS_MAX_EVENTS;
  if (typeof text !== 'string') return failure('ics.not_icalendar', {});
  if (exceedsUtf8Bytes(text, maxBytes)) return failure('ics.too_large', { maxBytes });
  const years = options.years;
  if (years && !isValidYearRange(years))
    return failure('ics.bad_year_range', { from: years.from, to: years.to });
  // ical.js trips over a byte-order mark or leading blank lines, which some exporters emit.
  const body = text.replace(/^\uFEFF?\s*/, '');
  if (!/^BEGIN:VCALENDAR\r?\n/i.test(body)) return failure('ics.not_icalendar', {});
  // Counted before parsing so an oversized feed is refused without building its whole object tree.
  const eventCount = body.match(/^BEGIN:VEVENT\s*$/gim)?.length ?? 0;
  if (eventCount > maxEvents) return failure('ics.too_many_events', { maxEvents, count: eventCount });

  const calendars = parseCalendars(body);
  if (calendars === null) return failure('ics.not_icalendar', {});

  const collector = new HolidayCollector(maxEvents);
  for (const calendar of calendars) {
    for (const component of calendar.getAllSubcomponents('vevent')) {
      // Overrides (RECURRENCE-ID) are applied through their master event's expansion.
      if (component.hasProperty('recurrence-id')) continue;
      if (String(component.getFirstPropertyValue('status') ?? '').toUpperCase() === 'CANCELLED') continue;
      collectEvent(new ICAL.Event(component), years, collector);
      if (collector.overflowed) return failure('ics.too_many_events', { maxEvents, count: collector.size });
    }
  }
  return { ok: true, holidays: collector.sorted(), warnings: collector.warnings };
}

type IcalTime = InstanceType<typeof ICAL.Time>;
type IcalEvent = InstanceType<typeof ICAL.Event>;
type IcalComponent = InstanceType<typeof ICAL.Component>;

class HolidayCollector {
  readonly warnings: IcsWarning[] = [];
  overflowed = false;
  private readonly byDate = new Map<string, string>();

  constructor(private readonly limit: number) {}

  get size(): number {
    return this.byDate.size;
  }

  addDays(start: IcalTime, end: IcalTime | null, name: string): void {
    const first = daysFromCivil(start.year, start.month, start.day);
    const afterLast = end && end.isDate ? daysFromCivil(end.year, end.month, end.day) : first + 1;
    const days = Math.max(1, afterLast - first);
    if (days > MAX_EVENT_DAYS) {
      this.warnings.push({ code: 'ics.event_too_long', params: { name, date: formatIsoDate(first), days } });
      return;
    }
    for (let day = first; day < first + days; day++) {
      const date = formatIsoDate(day);
      if (!this.byDate.has(date)) this.byDate.set(date, name);
      if (this.byDate.size > this.limit) {
        this.overflowed = true;
        return;
      }
    }
  }

  sorted(): ImportedHoliday[] {
    return [...this.byDate]
      .map(([date, name]) => ({ date, name }))
      .sort((a, b) => (a.date < b.date ? -1 : 1));
  }
}

function collectEvent(
  event: IcalEvent,
  years: ImportHolidaysOptions['years'],
  collector: HolidayCollector,
): void {
  const name = event.summary ?? '';
  const start = event.startDate;
  if (!start || !start.isDate) {
    collector.warnings.push({ code: 'ics.not_all_day', params: { name } });
    return;
  }
  const explicitEnd = event.component.hasProperty('dtend') || event.component.hasProperty('duration');
  if (!event.isRecurring()) {
    collector.addDays(start, explicitEnd ? event.endDate : null, name);
    return;
  }
  if (!years) {
    collector.addDays(start, explicitEnd ? event.endDate : null, name);
    collector.warnings.push({ code: 'ics.recurrence_not_expanded', params: { name } });
    return;
  }
  const expansion = event.iterator();
  for (let step = 0; step < MAX_RECURRENCE_STEPS; step++) {
    const occurrence = expansion.next();
    if (!occurrence || occurrence.year > years.to) return;
    if (occurrence.year < years.from) continue;
    const details = event.getOccurrenceDetails(occurrence);
    if (!details.startDate.isDate) continue; // an override moved this occurrence to a timed slot
    const overridden = details.item !== event;
    collector.addDays(
      details.startDate,
      explicitEnd || overridden ? details.endDate : null,
      details.item.summary ?? name,
    );
    if (collector.overflowed) return;
  }
  collector.warnings.push({ code: 'ics.recurrence_truncated', params: { name } });
}

function parseCalendars(text: string): IcalComponent[] | null {
  let jcal: unknown;
  try {
    jcal = ICAL.parse(text);
  } catch {
    return null;
  }
  // One component parses to a jCal array; several top-level components to an array of them.
  const roots = Array.isArray(jcal) && Array.isArray(jcal[0]) ? (jcal as unknown[]) : [jcal];
  const calendars: IcalComponent[] = [];
  for (const root of roots) {
    if (!Array.isArray(root)) return null;
    const component = new ICAL.Component(root);
    if (component.name !== 'vcalendar') return null;
    calendars.push(component);
  }
  return calendars.length > 0 ? calendars : null;
}

function isValidYearRange(years: { from: number; to: number }): boolean {
  return (
    Number.isInteger(years.from) &&
    Number.isInteger(years.to) &&
    years.from <= years.to &&
    years.to - years.from <= MAX_YEAR_SPAN
  );
}

/** UTF-8 length check without TextEncoder/Buffer (not in every runtime that loads src/shared). */
function exceedsUtf8Bytes(text: string, maxBytes: number): boolean {
  if (text.length > maxBytes) return true; // every UTF-16 unit is at least one UTF-8 byte
  if (text.length * 3 <= maxBytes) return false; // and at most three
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    else if (unit >= 0xd800 && unit <= 0xdbff) {
      bytes += 4;
      i++;
    } else bytes += 3;
    if (bytes > maxBytes) return true;
  }
  return false;
}

function failure(code: IcsErrorCode, params: ValidationParams): ImportHolidaysResult {
  return { ok: false, errors: [{ path: '', code, params }] };
}
