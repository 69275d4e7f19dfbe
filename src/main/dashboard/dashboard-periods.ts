/** Today, this week (Monday first) and this month in the desk's time zone, as KPI periods. */
import { DateTime } from 'luxon';
import type { KpiPeriod } from '../../shared/kpi/index';

export interface LivePeriods {
  today: KpiPeriod;
  week: KpiPeriod;
  month: KpiPeriod;
  /** The 14 local days ending today (trends). */
  days: string[];
  /** Where the dashboard's cache starts: the repeat window before the month, or the trends' first day. */
  sinceIso: string;
}

export function livePeriods(nowMs: number, timeZone: string): LivePeriods {
  const now = DateTime.fromMillis(nowMs, { zone: timeZone });
  const day = now.startOf('day');
  const iso = (d: DateTime): string => d.toISODate() ?? '';
  const period = (from: DateTime, to: DateTime): KpiPeriod => ({ from: iso(from), to: iso(to), timeZone });
  const month = now.startOf('month');
  const days = Array.from({ length: 14 }, (_, i) => iso(day.minus({ days: 13 - i })));
  const since = DateTime.min(month.minus({ days: 30 }), day.minus({ days: 14 }));
  return {
    today: period(day, day.plus({ days: 1 })),
    week: period(now.startOf('week'), now.startOf('week').plus({ weeks: 1 })),
    month: period(month, month.plus({ months: 1 })),
    days,
    sinceIso: since.toUTC().toISO() ?? '',
  };
}
