/**
 * The reporting period: half-open [from, to) where `from`/`to` are local dates (`2026-11-01`, midnight in
 * `timeZone`) or full instants. A month in Lima is { from: '2026-11-01', to: '2026-12-01',
 * timeZone: 'America/Lima' }: its edges follow the desk's local midnight, DST included.
 */
import { DateTime, IANAZone } from 'luxon';
import { KpiError } from './kpi-error';

export interface KpiPeriod {
  from: string;
  to: string;
  timeZone: string;
}

export interface ResolvedPeriod {
  /** Echo of the request, null when no period was given (everything up to now). */
  period: KpiPeriod | null;
  fromMs: number;
  toMs: number;
  /** min(to, now): the instant "at the end of the period" is read at (a month still running ends now). */
  asOfMs: number;
}

export function resolvePeriod(period: KpiPeriod | undefined, nowIso: string): ResolvedPeriod {
  const nowMs = Date.parse(nowIso);
  if (Number.isNaN(nowMs)) throw new KpiError('kpi.bad_period', { field: 'now', value: nowIso });
  if (period === undefined) return { period: null, fromMs: -Infinity, toMs: nowMs, asOfMs: nowMs };
  if (!IANAZone.isValidZone(period.timeZone)) {
    throw new KpiError('kpi.bad_time_zone', { field: 'period.timeZone', value: period.timeZone });
  }
  const fromMs = localInstant(period.from, period.timeZone, 'period.from');
  const toMs = localInstant(period.to, period.timeZone, 'period.to');
  if (fromMs >= toMs) throw new KpiError('kpi.period_reversed', { from: period.from, to: period.to });
  return { period, fromMs, toMs, asOfMs: Math.min(toMs, nowMs) };
}

export function inPeriod(ms: number | null, period: ResolvedPeriod): ms is number {
  return ms !== null && ms >= period.fromMs && ms < period.toMs;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;

function localInstant(text: string, timeZone: string, field: string): number {
  const parsed = DATE_ONLY.test(text)
    ? DateTime.fromISO(text, { zone: timeZone }).startOf('day')
    : DateTime.fromISO(text, { zone: timeZone, setZone: false });
  if (!parsed.isValid) throw new KpiError('kpi.bad_period', { field, value: text });
  return parsed.toMillis();
}

/** The previous period of the same length in calendar terms (a month before a month), for compareKpis. */
export function previousMonth(period: KpiPeriod): KpiPeriod {
  const from = DateTime.fromISO(period.from, { zone: period.timeZone });
  const to = DateTime.fromISO(period.to, { zone: period.timeZone });
  if (!from.isValid || !to.isValid) throw new KpiError('kpi.bad_period', { field: 'period', value: period.from });
  const months = Math.max(1, Math.round(to.diff(from, 'months').months));
  const format = (d: DateTime): string => (DATE_ONLY.test(period.from) ? d.toISODate() ?? '' : d.toISO() ?? '');
  return { from: format(from.minus({ months })), to: period.from, timeZone: period.timeZone };
}
