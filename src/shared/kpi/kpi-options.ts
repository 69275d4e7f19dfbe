/**
 * Choices where the industry disagrees, and thresholds (docs/kpis.md "Variants"). Defaults follow
 * DESIGN.md; every report records the options it used so two figures are only compared like for like.
 */
import type { Channel } from '../domain/ticket-enums';
import { DEFAULT_REPEAT_WINDOW_DAYS } from '../workflow/repeated-incidents';
import { KpiError } from './kpi-error';

/**
 * - `exclude_short`: short abandons leave both the numerator and the denominator (the caller never
 *   really waited).
 * - `short_not_abandoned`: short abandons stay offered but are not counted abandoned.
 * - `include_short`: every abandon counts, over every offered call.
 */
export const ABANDONMENT_COUNTING = ['exclude_short', 'short_not_abandoned', 'include_short'] as const;
export type AbandonmentCounting = (typeof ABANDONMENT_COUNTING)[number];

/** What "calls answered within T" is divided by. */
export const SERVICE_LEVEL_DENOMINATORS = ['offered', 'answered', 'offered_minus_short_abandons'] as const;
export type ServiceLevelDenominator = (typeof SERVICE_LEVEL_DENOMINATORS)[number];

export interface KpiOptions {
  /** Same requester + category within this many days is a repeat (default 30, as the workflow warns). */
  repeatWindowDays: number;
  /** Abandons waiting less than this are "short" and reported apart (default 5 s). */
  shortAbandonSeconds: number;
  /** Service-level threshold T (default 20 s). */
  serviceLevelSeconds: number;
  abandonment: AbandonmentCounting;
  serviceLevelDenominator: ServiceLevelDenominator;
  /**
   * Email FCR window: an email ticket resolved within this many hours of the first agent reply counts
   * as first contact even if the agent did not flag it or it waited for the requester (escalation,
   * transfer, hand-over and reopen still break it). null (default): the strict rule for every channel.
   */
  fcrEmailWindowHours: number | null;
  /** Channels whose tickets count in "answer time, other contacts" (phone is measured on the calls). */
  contactAnswerChannels: readonly Channel[];
}

export const DEFAULT_KPI_OPTIONS: Readonly<KpiOptions> = Object.freeze({
  repeatWindowDays: DEFAULT_REPEAT_WINDOW_DAYS,
  shortAbandonSeconds: 5,
  serviceLevelSeconds: 20,
  abandonment: 'exclude_short',
  serviceLevelDenominator: 'offered',
  fcrEmailWindowHours: null,
  contactAnswerChannels: Object.freeze(['email', 'chat', 'portal'] as Channel[]),
});

export function resolveKpiOptions(options: Partial<KpiOptions> = {}): KpiOptions {
  const merged: KpiOptions = { ...DEFAULT_KPI_OPTIONS, ...options };
  for (const key of ['repeatWindowDays', 'shortAbandonSeconds', 'serviceLevelSeconds'] as const) {
    const value = merged[key];
    if (!Number.isFinite(value) || value < 0) throw invalid(key, String(value));
  }
  if (merged.fcrEmailWindowHours !== null && !(merged.fcrEmailWindowHours > 0)) {
    throw invalid('fcrEmailWindowHours', String(merged.fcrEmailWindowHours));
  }
  if (!ABANDONMENT_COUNTING.includes(merged.abandonment)) throw invalid('abandonment', merged.abandonment);
  if (!SERVICE_LEVEL_DENOMINATORS.includes(merged.serviceLevelDenominator)) {
    throw invalid('serviceLevelDenominator', merged.serviceLevelDenominator);
  }
  return merged;
}

function invalid(field: string, value: string): KpiError {
  return new KpiError('kpi.invalid_option', { field, value });
}
