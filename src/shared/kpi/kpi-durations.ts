/**
 * Durations the KPIs report. Business minutes come from the SLA business-time core on the ticket's
 * calendar (the same calendar and arithmetic its SLA clock uses), so a KPI and the SLA panel never count
 * hours differently. The epoch-seconds core is called directly rather than the ISO wrapper
 * `businessSecondsBetween`: a month's report makes ~500 000 such queries and the wrapper's ISO parsing
 * would cost more than the arithmetic. Instants are floored to the second, as the wrapper does.
 */
import type { Id } from '../domain/ids';
import { businessSecondsInRange } from '../sla/business-time-core';
import type { CompiledCalendar } from '../sla/compiled-calendar';
import { toCompiledCalendar } from '../sla/compiled-calendar';
import type { KpiCalendars } from './kpi-input';

export const MS_PER_MINUTE = 60_000;

export interface BusinessMinutes {
  /** Business minutes in [from, to) on the calendar; 24×7 when the calendar is null or unknown. */
  between(calendarId: Id | null, fromMs: number, toMs: number): number;
  /** Calendar ids the tickets named that the input did not carry (reported, measured 24×7). */
  readonly missingCalendarIds: ReadonlySet<Id>;
}

export function businessMinutesOn(calendars: KpiCalendars): BusinessMinutes {
  const missing = new Set<Id>();
  const compiled = new Map<Id, CompiledCalendar | null>();
  const calendarOf = (id: Id): CompiledCalendar | null => {
    let calendar = compiled.get(id);
    if (calendar === undefined) {
      const raw = calendars instanceof Map ? calendars.get(id) : Object.hasOwn(calendars, id) ? (calendars as Record<Id, never>)[id] : undefined;
      calendar = raw === undefined ? null : toCompiledCalendar(raw);
      compiled.set(id, calendar);
      if (calendar === null) missing.add(id);
    }
    return calendar;
  };
  return {
    missingCalendarIds: missing,
    between(calendarId, fromMs, toMs) {
      // Out-of-order instants (an offline device's clock) give zero, never a negative duration.
      if (toMs <= fromMs) return 0;
      const calendar = calendarId === null ? null : calendarOf(calendarId);
      if (calendar === null) return (toMs - fromMs) / MS_PER_MINUTE;
      return businessSecondsInRange(calendar, Math.floor(fromMs / 1000), Math.floor(toMs / 1000)) / 60;
    },
  };
}
