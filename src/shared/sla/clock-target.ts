/**
 * The state of one SLA target at `now`. Elapsed time is business time from the target's start to its
 * end (completion, cancellation or now) outside the stops; thresholds are crossed when elapsed time
 * reaches them, so the engine can fire exactly at the instant the clock computes.
 */
import type { SlaAlertLevel, SlaTargetKind } from '../domain/ticket-event';
import { advanceBusinessTime } from './business-time-core';
import { advanceOutsideStops, elapsedOutsideStops } from './clock-business-time';
import { formatEpochSeconds } from './clock-instant';
import type { SlaClockState, SlaTargetClock, SlaThresholdLevel } from './clock-types';
import type { CompiledCalendar } from './compiled-calendar';

export interface TargetSpec {
  kind: SlaTargetKind;
  targetSeconds: number;
  warningSeconds: number;
  criticalSeconds: number;
  start: number;
  startIso: string;
  stops: readonly number[];
  completedAt: number | null;
  completedIso: string | null;
  /** Cancellation instant: the clock stops without the target being met. */
  stoppedAt: number | null;
  pausedNow: boolean;
}

/** Seconds for a fraction of a target; the epsilon keeps 0.9 × 3600 from becoming 3241. */
export function thresholdSeconds(targetSeconds: number, fraction: number): number {
  return Math.max(1, Math.ceil(targetSeconds * fraction - 1e-6));
}

function levelOf(spec: TargetSpec, elapsed: number): SlaThresholdLevel {
  if (elapsed >= spec.targetSeconds) return 'breach';
  if (elapsed >= spec.criticalSeconds) return 'critical';
  if (elapsed >= spec.warningSeconds) return 'warning';
  return 'none';
}

export function evaluateTarget(calendar: CompiledCalendar, spec: TargetSpec, now: number): SlaTargetClock {
  const end = Math.min(spec.completedAt ?? spec.stoppedAt ?? now, now);
  const elapsed = elapsedOutsideStops(calendar, spec.start, end, spec.stops);
  const level = levelOf(spec, elapsed);
  const overdue = elapsed >= spec.targetSeconds;
  // Past due: the historical due instant; otherwise projected from the end as if nothing stops it again.
  const due = overdue
    ? advanceOutsideStops(calendar, spec.start, spec.targetSeconds, spec.stops)
    : advanceBusinessTime(calendar, end, spec.targetSeconds - elapsed);
  const dueIso = formatEpochSeconds(due);
  let state: SlaClockState;
  let applicable = true;
  let next: { at: number; level: SlaAlertLevel } | null = null;
  let breachedAt: string | null = null;
  if (spec.completedAt !== null) {
    state = spec.completedAt <= due ? 'met' : 'breached';
    if (state === 'breached') breachedAt = dueIso;
  } else if (overdue) {
    state = 'breached';
    breachedAt = dueIso;
  } else if (spec.stoppedAt !== null) {
    state = 'paused';
    applicable = false;
  } else if (spec.pausedNow) {
    state = 'paused';
  } else {
    state = level === 'none' ? 'running' : 'warning';
    next = nextThreshold(calendar, spec, elapsed, now, due);
  }
  return {
    target: spec.kind,
    targetSeconds: spec.targetSeconds,
    state,
    level,
    startedAt: spec.startIso,
    dueAt: dueIso,
    elapsedSeconds: elapsed,
    remainingSeconds: spec.targetSeconds - elapsed,
    completedAt: spec.completedIso,
    breachedAt,
    applicable,
    nextTransitionAt: next === null ? null : next.at === due ? dueIso : formatEpochSeconds(next.at),
    nextLevel: next === null ? null : next.level,
  };
}

function nextThreshold(
  calendar: CompiledCalendar,
  spec: TargetSpec,
  elapsed: number,
  now: number,
  due: number,
): { at: number; level: SlaAlertLevel } {
  if (elapsed < spec.warningSeconds) {
    return { at: advanceBusinessTime(calendar, now, spec.warningSeconds - elapsed), level: 'warning' };
  }
  if (elapsed < spec.criticalSeconds) {
    return { at: advanceBusinessTime(calendar, now, spec.criticalSeconds - elapsed), level: 'critical' };
  }
  return { at: due, level: 'breach' };
}
