/** The stable shape every KPI is reported in (JSON for the dashboard, the reports, the CLI and BI tools). */
import type { KpiId } from './kpi-ids';
import { KPI_CATALOG } from './kpi-ids';

export const KPI_UNITS = [
  'count',
  'percent',
  'business_minutes',
  'minutes',
  'seconds',
  'hours',
  'score',
] as const;
export type KpiUnit = (typeof KPI_UNITS)[number];

export interface KpiValue {
  id: KpiId;
  /** null when nothing was measured (sampleSize 0): "no data", never a misleading 0. */
  value: number | null;
  unit: KpiUnit;
  /** What the value was computed over (tickets, calls, ratings, targets, problems). */
  sampleSize: number;
  definitionId: string;
}

/** Values are rounded to 2 decimals so the same data gives byte-identical JSON everywhere. */
export function kpiValue(id: KpiId, value: number | null, sampleSize: number): KpiValue {
  const entry = KPI_CATALOG[id];
  return {
    id,
    value: value === null || !Number.isFinite(value) ? null : round2(value),
    unit: entry.unit,
    sampleSize,
    definitionId: entry.definitionId,
  };
}

export function round2(value: number): number {
  return Math.round(value * 100) / 100 + 0;
}
