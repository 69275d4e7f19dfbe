/**
 * Errors thrown by the business-time primitives. They carry a stable `code` (translated by the UI via
 * messages.ts) and structured `params`, so callers never have to parse the English `message`.
 */
export const SLA_ERROR_CODES = [
  'sla.bad_instant',
  'sla.bad_duration',
  'sla.range_reversed',
  'sla.pause_reversed',
  'sla.no_business_time',
  'sla.invalid_calendar',
] as const;

export type SlaErrorCode = (typeof SLA_ERROR_CODES)[number];

export type SlaErrorParams = Record<string, string | number | readonly unknown[]>;

export class SlaError extends Error {
  readonly code: SlaErrorCode;
  readonly params: SlaErrorParams;

  constructor(code: SlaErrorCode, params: SlaErrorParams = {}) {
    super(`${code} ${JSON.stringify(params)}`);
    this.name = 'SlaError';
    this.code = code;
    this.params = params;
  }
}

export function isSlaError(value: unknown): value is SlaError {
  return value instanceof SlaError;
}
