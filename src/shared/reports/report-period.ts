/**
 * Report periods as the supervisor asks for them: local dates `from` (inclusive) and `to` (exclusive
 * in the KPI library; the CLI and the screens take an inclusive `to` and add a day). Impossible dates,
 * reversed or empty periods and periods longer than a year are refused with `report.bad_period`.
 */
import { DateTime } from 'luxon';
import { MesaError } from '../errors';
import type { KpiPeriod } from '../kpi/index';

export const MAX_REPORT_DAYS = 366;
const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function parseDate(value: string, field: string, timeZone: string): DateTime {
  const parsed = DATE_ONLY.test(value) ? DateTime.fromISO(value, { zone: timeZone }) : null;
  if (!parsed?.isValid || parsed.toISODate() !== value) throw new MesaError('report.bad_period', { field, value });
  return parsed;
}

/** `to` inclusive (the last day of the period), as people write it. */
export function reportPeriod(from: string, toInclusive: string, timeZone: string): KpiPeriod {
  if (!DateTime.local().setZone(timeZone).isValid) throw new MesaError('report.bad_period', { field: 'timeZone', value: timeZone });
  const start = parseDate(from, 'from', timeZone);
  const last = parseDate(toInclusive, 'to', timeZone);
  const days = last.diff(start, 'days').days + 1;
  if (days < 1) throw new MesaError('report.bad_period', { field: 'to', value: toInclusive });
  if (days > MAX_REPORT_DAYS) throw new MesaError('report.bad_period', { field: 'to', value: toInclusive });
  return { from, to: last.plus({ days: 1 }).toISODate() ?? toInclusive, timeZone };
}

/** `YYYY-MM` → that calendar month. */
export function monthPeriod(month: string, timeZone: string): KpiPeriod {
  const start = /^\d{4}-\d{2}$/.test(month) ? DateTime.fromISO(`${month}-01`, { zone: timeZone }) : null;
  if (!start?.isValid) throw new MesaError('report.bad_period', { field: 'month', value: month });
  return { from: start.toISODate() ?? '', to: start.plus({ months: 1 }).toISODate() ?? '', timeZone };
}

export function monthOf(period: KpiPeriod): string {
  return period.from.slice(0, 7);
}

/**
 * The first business day (Monday–Friday, not a listed holiday) of the month that contains `nowMs`, in
 * the desk's time zone, as a local date.
 */
export function firstBusinessDay(year: number, month: number, timeZone: string, holidays: readonly string[] = []): string {
  let day = DateTime.fromObject({ year, month, day: 1 }, { zone: timeZone });
  while (day.weekday > 5 || holidays.includes(day.toISODate() ?? '')) day = day.plus({ days: 1 });
  return day.toISODate() ?? '';
}
