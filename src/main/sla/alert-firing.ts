/**
 * Raising one SLA alert (docs/sla.md "Alerts"): the desktop notification, the alert state (memory and
 * `sla_alerts`), the `sla_alert` event through the outbox, and the notice for the bridge.
 */
import type { Kysely } from 'kysely';
import type { MutationContext } from '../../shared/sync/mutation-tx';
import { toIsoSeconds } from '../services/clock';
import type { DesktopNotification, Notifier } from '../services/notifier';
import { applyLocalMutation } from '../store/apply-local-mutation';
import type { Database } from '../store/schema';
import { upsertAlert } from '../store/queries/sla-alerts';
import type { AlertBook, AlertState } from './alert-book';
import { alertToRow } from './alert-book';
import type { AlertLanguage } from './alert-messages';
import { alertBody, alertTitle } from './alert-messages';
import type { SlaAlertNotice } from './sla-engine-types';
import type { AlertDecision } from './ticket-planner';

export interface AlertFiringDeps {
  db: Kysely<Database>;
  notifier: Notifier;
  alerts: AlertBook;
  language: () => AlertLanguage;
  mutationContext(now: string): MutationContext;
  onFired(): void;
  onAlert?: (notice: SlaAlertNotice) => void;
  report(error: unknown, ticketId?: string): void;
}

export function createAlertFiring(
  deps: AlertFiringDeps,
): (decision: AlertDecision, now: number) => Promise<void> {
  const { db, notifier, alerts, report } = deps;
  return async function fire(decision, now) {
    const nowIso = toIsoSeconds(new Date(now));
    const { ticket, target, level, repeat } = decision;
    const dueAt = target.dueAt;
    const language = deps.language();
    const text = {
      level,
      target: target.target,
      displayNumber: ticket.displayNumber,
      title: ticket.title,
      priority: ticket.priority,
      dueAt,
      repeat,
    };
    const notification: DesktopNotification = {
      title: alertTitle(language, text),
      body: alertBody(language, text),
      ticketId: ticket.id,
      urgency: level === 'breach' ? 'critical' : 'normal',
    };
    notifier.notify(notification);
    const state: AlertState = decision.existing
      ? { ...decision.existing, lastFiredAt: nowIso, repeatCount: repeat, heldUntilMs: undefined }
      : {
          alertId: decision.alertId,
          ticketId: ticket.id,
          target: target.target,
          level,
          thresholdAt: decision.thresholdAt,
          firstFiredAt: nowIso,
          lastFiredAt: nowIso,
          repeatCount: 0,
          acknowledgedAt: null,
          acknowledgedBy: null,
          snoozedUntil: null,
          snoozeReason: null,
        };
    alerts.put(state);
    deps.onFired();
    // State first: after a crash between the two writes the alert is not re-fired; at worst its event
    // is missing (a repeat will record the next one).
    await upsertAlert(db, alertToRow(state));
    try {
      await applyLocalMutation(db, deps.mutationContext(nowIso), 'sla.recordAlert', {
        ticketId: ticket.id,
        alertId: decision.alertId,
        target: target.target,
        level,
        repeat,
        thresholdAt: decision.thresholdAt,
        dueAt,
      });
    } catch (error) {
      report(error, ticket.id);
    }
    deps.onAlert?.({
      alertId: decision.alertId,
      ticketId: ticket.id,
      displayNumber: ticket.displayNumber,
      title: ticket.title,
      priority: ticket.priority,
      assigneeId: ticket.assigneeId,
      groupId: ticket.groupId,
      categoryId: ticket.categoryId,
      target: target.target,
      level,
      repeat,
      thresholdAt: decision.thresholdAt,
      dueAt,
      notification,
    });
  };
}
