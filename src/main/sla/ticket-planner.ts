/**
 * Plans one ticket: computes its clock, decides which alerts are due now (first notifications and
 * repeats) and when the engine must look at the ticket again. Pure apart from reading the alert book;
 * the engine applies the decisions (notify, record, persist).
 */
import { slaClock } from '../../shared/sla/clock';
import type { SlaClockResult, SlaTargetClock } from '../../shared/sla/clock-types';
import type { SlaAlertLevel } from '../../shared/domain/ticket-event';
import type { SlaConfig } from '../store/queries/sla-config';
import type { SlaTicketInputs, SlaWatchedTicket } from '../store/queries/sla-clock-inputs';
import type { AlertBook, AlertState } from './alert-book';
import type { SlaViewer } from './alert-rules';
import { alertIdOf, heldByDoNotDisturb, isConcerned } from './alert-rules';

const OPEN = new Set(['new', 'in_progress', 'pending_requester', 'pending_third_party']);

export interface AlertDecision {
  alertId: string;
  ticket: SlaWatchedTicket;
  target: SlaTargetClock;
  level: SlaAlertLevel;
  /** 0 = first notification. */
  repeat: number;
  thresholdAt: string;
  existing: AlertState | undefined;
}

export interface TicketPlan {
  ticketId: string;
  open: boolean;
  clock: SlaClockResult | null;
  /** Epoch ms of the next look (threshold or repeat); Infinity when nothing can happen by itself. */
  wakeAtMs: number;
  fire: AlertDecision[];
  /** Repeats held back by do-not-disturb: retried after one interval. */
  held: AlertState[];
}

export interface PlanContext {
  config: SlaConfig;
  alerts: AlertBook;
  viewer: SlaViewer;
  repeatIntervalMs: number;
  doNotDisturb: boolean;
}

export function planTicket(inputs: SlaTicketInputs, nowMs: number, context: PlanContext): TicketPlan {
  const { ticket } = inputs;
  const plan: TicketPlan = { ticketId: ticket.id, open: OPEN.has(ticket.status), clock: null, wakeAtMs: Infinity, fire: [], held: [] };
  if (!plan.open) return plan;
  const nowIso = new Date(Math.floor(nowMs / 1000) * 1000).toISOString().replace('.000Z', 'Z');
  const clock = slaClock(
    {
      ticket,
      events: inputs.events,
      policies: context.config.policies,
      calendars: context.config.calendars,
      contract: context.config.contractsByOrganization.get(ticket.organizationId) ?? null,
      now: nowIso,
    },
    { explain: false },
  );
  plan.clock = clock;
  if (clock.nextTransitionAt !== null) plan.wakeAtMs = Date.parse(clock.nextTransitionAt);
  const acknowledgedElsewhere = acknowledgedAlertIds(inputs);
  for (const target of [clock.targets.firstResponse, clock.targets.nextUpdate, clock.targets.resolution]) {
    if (target === null || !alertable(target)) continue;
    const level = target.level as SlaAlertLevel;
    const alertId = alertIdOf(ticket.id, target.target, level, target.startedAt);
    const existing = context.alerts.get(alertId);
    if (existing === undefined) {
      if (!isConcerned(context.viewer, ticket, level)) continue;
      // The engine wakes at the threshold instant, so `now` is it (to the second); after a catch-up
      // (start-up, sleep) a warning is stamped with the time it was noticed.
      const thresholdAt = level === 'breach' ? target.dueAt : nowIso;
      plan.fire.push({ alertId, ticket, target, level, repeat: 0, thresholdAt, existing });
      plan.wakeAtMs = Math.min(plan.wakeAtMs, nowMs + context.repeatIntervalMs);
      continue;
    }
    if (existing.acknowledgedAt !== null || acknowledgedElsewhere.has(alertId)) continue;
    if (!isConcerned(context.viewer, ticket, level)) continue;
    const dueMs = nextRepeatMs(existing, context.repeatIntervalMs);
    if (dueMs > nowMs) {
      plan.wakeAtMs = Math.min(plan.wakeAtMs, dueMs);
      continue;
    }
    const repeat = existing.repeatCount + 1;
    if (heldByDoNotDisturb(context.doNotDisturb, level, ticket.priority, repeat)) {
      plan.held.push(existing);
      plan.wakeAtMs = Math.min(plan.wakeAtMs, nowMs + context.repeatIntervalMs);
      continue;
    }
    plan.fire.push({ alertId, ticket, target, level, repeat, thresholdAt: existing.thresholdAt, existing });
    plan.wakeAtMs = Math.min(plan.wakeAtMs, nowMs + context.repeatIntervalMs);
  }
  return plan;
}

/** Alerts repeat while the target is still unmet and its clock is not stopped. */
function alertable(target: SlaTargetClock): boolean {
  if (target.completedAt !== null || !target.applicable || target.level === 'none') return false;
  return target.state === 'warning' || target.state === 'breached';
}

function nextRepeatMs(alert: AlertState, intervalMs: number): number {
  let due = Date.parse(alert.lastFiredAt) + intervalMs;
  if (alert.snoozedUntil !== null) due = Math.max(due, Date.parse(alert.snoozedUntil));
  if (alert.heldUntilMs !== undefined) due = Math.max(due, alert.heldUntilMs);
  return due;
}

function acknowledgedAlertIds(inputs: SlaTicketInputs): Set<string> {
  const ids = new Set<string>();
  for (const event of inputs.events) {
    if (event.data.kind === 'sla_alert_acknowledged') ids.add(event.data.alertId);
  }
  return ids;
}
