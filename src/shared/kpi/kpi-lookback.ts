/**
 * How far before the period the producer must read tickets so the repeated-incident rule sees the
 * earlier incidents of the window (and problems their first incidents). Tickets still open at the
 * period's start are needed whatever their age (pending, by status, load).
 */
import type { KpiOptions } from './kpi-options';
import { DEFAULT_KPI_OPTIONS } from './kpi-options';
import type { KpiPeriod } from './kpi-period';
import { resolvePeriod } from './kpi-period';

/** ISO instant: read tickets created from here (plus any still open at the period's start). */
export function kpiLookbackStart(period: KpiPeriod, options: Partial<KpiOptions> = {}): string {
  const days = options.repeatWindowDays ?? DEFAULT_KPI_OPTIONS.repeatWindowDays;
  const { fromMs } = resolvePeriod(period, new Date(8.64e15).toISOString());
  return new Date(fromMs - days * 86_400_000).toISOString();
}
