/** The calendar admin form's state and its conversion to and from the calendar JSON (DESIGN.md). */
import { WEEKDAYS, type Weekday } from '../../../shared/sla/calendar-schema';

export type Interval = [string, string];

export interface CalendarFormState {
  id: string;
  name: string;
  timeZone: string;
  hours: Record<Weekday, Interval[]>;
  holidays: Array<{ date: string; name: string }>;
  /** Hours typed as "08:00-12:00, 14:00-16:00"; empty closes the date. */
  exceptions: Array<{ date: string; hours: string }>;
}

export function emptyCalendarForm(): CalendarFormState {
  const hours = Object.fromEntries(WEEKDAYS.map((d) => [d, [] as Interval[]])) as Record<Weekday, Interval[]>;
  for (const day of ['mon', 'tue', 'wed', 'thu', 'fri'] as const) hours[day] = [['09:00', '18:00']];
  return { id: '', name: '', timeZone: 'America/Lima', hours, holidays: [], exceptions: [] };
}

type CalendarJson = {
  name?: string;
  timeZone?: string;
  hours?: Partial<Record<Weekday, Interval[]>>;
  holidays?: Array<string | { date: string; name: string }>;
  exceptions?: Record<string, Interval[]>;
};

export function calendarToForm(id: string, json: unknown): CalendarFormState {
  const calendar = (json ?? {}) as CalendarJson;
  const form = emptyCalendarForm();
  for (const day of WEEKDAYS) form.hours[day] = (calendar.hours?.[day] ?? []).map(([a, b]) => [a, b]);
  return {
    ...form,
    id,
    name: calendar.name ?? '',
    timeZone: calendar.timeZone ?? '',
    holidays: (calendar.holidays ?? []).map((h) =>
      typeof h === 'string' ? { date: h, name: '' } : { ...h },
    ),
    exceptions: Object.entries(calendar.exceptions ?? {}).map(([date, hours]) => ({
      date,
      hours: hours.map(([a, b]) => `${a}-${b}`).join(', '),
    })),
  };
}

/** "08:00-12:00, 14:00-16:00" → [["08:00","12:00"],["14:00","16:00"]]; malformed parts go through as
 * written so the server names them (bad_time) instead of the form dropping them silently. */
export function parseHoursText(text: string): Interval[] {
  return text
    .split(',')
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => {
      const [start = '', end = ''] = part.split('-').map((s) => s.trim());
      return [start, end];
    });
}

export function formToCalendar(form: CalendarFormState): CalendarJson {
  const hours: Partial<Record<Weekday, Interval[]>> = {};
  for (const day of WEEKDAYS) if (form.hours[day].length > 0) hours[day] = form.hours[day];
  const json: CalendarJson = { name: form.name, timeZone: form.timeZone, hours };
  if (form.holidays.length > 0)
    json.holidays = form.holidays.map((h) =>
      h.name.trim() ? { date: h.date, name: h.name.trim() } : h.date,
    );
  if (form.exceptions.length > 0)
    json.exceptions = Object.fromEntries(form.exceptions.map((e) => [e.date, parseHoursText(e.hours)]));
  return json;
}

/** Monday of the week containing `iso` (YYYY-MM-DD, UTC calendar arithmetic). */
export function mondayOf(date: Date): string {
  const d = new Date(Date.UTC(date.getFullYear(), date.getMonth(), date.getDate()));
  const weekday = (d.getUTCDay() + 6) % 7;
  d.setUTCDate(d.getUTCDate() - weekday);
  return d.toISOString().slice(0, 10);
}
