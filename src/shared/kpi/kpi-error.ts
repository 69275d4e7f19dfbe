/** Bad filters or options are refused with a stable code and the offending field (translated by callers). */
export const KPI_ERROR_CODES = ['kpi.invalid_option', 'kpi.bad_period', 'kpi.period_reversed', 'kpi.bad_time_zone'] as const;
export type KpiErrorCode = (typeof KPI_ERROR_CODES)[number];

export class KpiError extends Error {
  constructor(
    readonly code: KpiErrorCode,
    readonly params: Readonly<Record<string, string>>,
  ) {
    super(`${code}: ${Object.entries(params).map(([k, v]) => `${k}=${v}`).join(', ')}`);
    this.name = 'KpiError';
  }
}

export function isKpiError(error: unknown): error is KpiError {
  return error instanceof KpiError;
}
