/**
 * Zod schema of the business-calendar JSON (DESIGN.md "SLA model"). Structure and semantics are both
 * checked here so any consumer (API contract, admin UI, sync) gets the same coded errors.
 */
import { IANAZone } from 'luxon';
import { z } from 'zod';
import { parseIsoDate } from './civil-date';
import { codedIssue } from './validation-error';
import { parseEndTime, parseStartTime } from './wall-time';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export const CALENDAR_ERROR_CODES = [
  'calendar.required',
  'calendar.invalid_type',
  'calendar.invalid_value',
  'calendar.unknown_field',
  'calendar.bad_time',
  'calendar.bad_date',
  'calendar.interval_reversed',
  'calendar.interval_empty',
  'calendar.interval_overlap',
  'calendar.unknown_time_zone',
] as const;
export type CalendarErrorCode = (typeof CALENDAR_ERROR_CODES)[number];

const startTimeSchema = z.string().superRefine((value, ctx) => {
  if (parseStartTime(value) === null) ctx.addIssue(codedIssue('calendar.bad_time', { value }));
});

const endTimeSchema = z.string().superRefine((value, ctx) => {
  if (parseEndTime(value) === null) ctx.addIssue(codedIssue('calendar.bad_time', { value }));
});

const intervalSchema = z.tuple([startTimeSchema, endTimeSchema]).superRefine(([start, end], ctx) => {
  const from = parseStartTime(start);
  const to = parseEndTime(end);
  if (from === null || to === null) return; // already reported as bad_time
  if (from > to) ctx.addIssue(codedIssue('calendar.interval_reversed', { start, end }));
  else if (from === to) ctx.addIssue(codedIssue('calendar.interval_empty', { start, end }));
});

/** The opening intervals of one day; touching intervals (13:00–14:00, 14:00–18:00) are allowed. */
export const dayIntervalsSchema = z.array(intervalSchema).superRefine((intervals, ctx) => {
  const parsed = intervals
    .map(([start, end], index) => ({ index, from: parseStartTime(start), to: parseEndTime(end) }))
    .filter(
      (entry): entry is { index: number; from: number; to: number } =>
        entry.from !== null && entry.to !== null,
    )
    .filter((entry) => entry.from < entry.to)
    .sort((a, b) => a.from - b.from || a.index - b.index);
  for (let i = 1; i < parsed.length; i++) {
    const previous = parsed[i - 1]!;
    const current = parsed[i]!;
    if (current.from < previous.to) {
      const [later, earlier] = current.index > previous.index ? [current, previous] : [previous, current];
      ctx.addIssue(
        codedIssue(
          'calendar.interval_overlap',
          { otherIndex: earlier.index, otherPosition: earlier.index + 1 },
          [later.index],
        ),
      );
    }
  }
});

const isoDateSchema = z.string().superRefine((value, ctx) => {
  if (parseIsoDate(value) === null) ctx.addIssue(codedIssue('calendar.bad_date', { value }));
});

const timeZoneSchema = z.string().superRefine((value, ctx) => {
  if (!IANAZone.isValidZone(value)) ctx.addIssue(codedIssue('calendar.unknown_time_zone', { value }));
});

const hoursSchema = z.strictObject(
  Object.fromEntries(WEEKDAYS.map((day) => [day, dayIntervalsSchema.optional()])) as Record<
    Weekday,
    z.ZodOptional<typeof dayIntervalsSchema>
  >,
);

const holidaySchema = z.union([isoDateSchema, z.strictObject({ date: isoDateSchema, name: z.string() })]);

const exceptionsSchema = z.record(z.string(), dayIntervalsSchema).superRefine((exceptions, ctx) => {
  for (const date of Object.keys(exceptions)) {
    if (parseIsoDate(date) === null) ctx.addIssue(codedIssue('calendar.bad_date', { value: date }, [date]));
  }
});

export const calendarSchema = z.strictObject({
  name: z.string().min(1),
  timeZone: timeZoneSchema,
  hours: hoursSchema,
  holidays: z.array(holidaySchema).optional(),
  exceptions: exceptionsSchema.optional(),
});

/** `["08:00","13:00"]`: opening and closing wall-clock time in the calendar's zone. */
export type BusinessHoursInterval = readonly [string, string];
export type Holiday = string | { date: string; name: string };

export interface Calendar {
  name: string;
  timeZone: string;
  hours: Partial<Record<Weekday, readonly BusinessHoursInterval[]>>;
  holidays?: readonly Holiday[];
  exceptions?: Readonly<Record<string, readonly BusinessHoursInterval[]>>;
}
