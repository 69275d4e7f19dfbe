/**
 * Business calendars: parsing and validation of the admin-written JSON (format in DESIGN.md "SLA model").
 * A missing or empty weekday is closed, `["00:00","24:00"]` is a whole day, holidays close a local date
 * and `exceptions` replace the hours of one local date (`[]` closes it). An exception on a holiday wins
 * (it is the more explicit statement about that date).
 */
import type { Calendar } from './calendar-schema';
import { calendarSchema } from './calendar-schema';
import type { ValidationResult } from './validation-error';
import { toValidationErrors } from './validation-error';

export type { BusinessHoursInterval, Calendar, CalendarErrorCode, Holiday, Weekday } from './calendar-schema';
export { CALENDAR_ERROR_CODES, calendarSchema, WEEKDAYS } from './calendar-schema';

export type CalendarParseResult = ValidationResult<'calendar', Calendar>;

/** Validates unknown input (e.g. `JSON.parse` output); on failure every problem is reported, not just the first. */
export function parseCalendar(input: unknown): CalendarParseResult {
  const result = calendarSchema.safeParse(input, { reportInput: true });
  if (result.success) return { ok: true, calendar: result.data };
  return { ok: false, errors: toValidationErrors(result.error.issues, 'calendar') };
}
