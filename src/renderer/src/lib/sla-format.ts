import type { TFunction } from 'i18next';
import type { SlaAlertLevel } from '../../../shared/domain/ticket-event';

export type BadgeState = 'running' | 'warning' | 'breached' | 'paused';

/** Rows know only their next due time: within this much of it a badge turns amber anyway. */
export const SOON_MS = 10 * 60_000;
const PAUSING = new Set(['pending_requester', 'pending_third_party']);

/**
 * The colour of a queue badge from what a row carries (due time, status) and the alerts heard this
 * session: breached past due, paused in a pending status, warning when an alert fired or it is near.
 */
export function badgeState(
  dueAt: string,
  status: string,
  nowMs: number,
  alertLevel: SlaAlertLevel | undefined,
): BadgeState {
  if (PAUSING.has(status)) return 'paused';
  const remaining = Date.parse(dueAt) - nowMs;
  if (remaining < 0 || alertLevel === 'breach') return 'breached';
  if (alertLevel !== undefined || remaining <= SOON_MS) return 'warning';
  return 'running';
}

/** "2 h 05 min", "12 min", "40 s", "3 d 4 h" (absolute value). */
export function formatDuration(t: TFunction, ms: number): string {
  const total = Math.floor(Math.abs(ms) / 1000);
  const d = Math.floor(total / 86_400);
  const h = Math.floor((total % 86_400) / 3600);
  const m = Math.floor((total % 3600) / 60);
  if (d > 0) return t('slaUi.duration.days', { d, h });
  if (h > 0) return t('slaUi.duration.hours', { h, m: String(m).padStart(2, '0') });
  if (m > 0) return t('slaUi.duration.minutes', { m });
  return t('slaUi.duration.seconds', { s: total % 60 });
}
