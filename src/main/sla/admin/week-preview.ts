/** The business hours of one week of a calendar, as the admin screen previews them. */
import type { WeekPreview } from '../../../shared/api/sla-schemas';
import { formatIsoDate, isoWeekday, pad2, parseIsoDate } from '../../../shared/sla/civil-date';
import type { Calendar } from '../../../shared/sla/index';
import { compileCalendar, WEEKDAYS } from '../../../shared/sla/index';

const hhmm = (minutes: number): string => `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;

export function weekPreview(calendar: Calendar, weekStart: string): WeekPreview {
  const compiled = compileCalendar(calendar);
  const first = parseIsoDate(weekStart);
  if (first === null) throw new Error(`bad week start ${weekStart}`);
  const holidays = new Map<string, string>();
  for (const holiday of calendar.holidays ?? []) {
    if (typeof holiday === 'string') holidays.set(holiday, '');
    else holidays.set(holiday.date, holiday.name);
  }
  const days: WeekPreview['days'] = [];
  for (let day = first; day < first + 7; day++) {
    const date = formatIsoDate(day);
    const flat = compiled.minuteIntervalsOn(day);
    const intervals: Array<[string, string]> = [];
    let businessMinutes = 0;
    for (let i = 0; i + 1 < flat.length; i += 2) {
      intervals.push([hhmm(flat[i]!), hhmm(flat[i + 1]!)]);
      businessMinutes += flat[i + 1]! - flat[i]!;
    }
    days.push({
      date,
      weekday: WEEKDAYS[isoWeekday(day) - 1]!,
      holiday: holidays.has(date) ? holidays.get(date)! : null,
      exception: Object.hasOwn(calendar.exceptions ?? {}, date),
      intervals,
      businessMinutes,
    });
  }
  return { timeZone: calendar.timeZone, days };
}
