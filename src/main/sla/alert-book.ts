/**
 * The alerts this workstation has raised, in memory for planning and mirrored to `sla_alerts` so a
 * restart keeps the repeat schedule and never re-fires an acknowledged alert.
 */
import type { SlaAlertLevel, SlaTargetKind } from '../../shared/domain/ticket-event';
import type { SlaAlertRow } from '../store/queries/sla-alerts';

export interface AlertState {
  alertId: string;
  ticketId: string;
  target: SlaTargetKind;
  level: SlaAlertLevel;
  thresholdAt: string;
  firstFiredAt: string;
  lastFiredAt: string;
  repeatCount: number;
  acknowledgedAt: string | null;
  acknowledgedBy: string | null;
  snoozedUntil: string | null;
  snoozeReason: string | null;
  /** Not persisted: when a repeat held back by do-not-disturb may be tried again. */
  heldUntilMs?: number;
}

export function alertFromRow(row: SlaAlertRow): AlertState {
  return {
    alertId: row.alert_id,
    ticketId: row.ticket_id,
    target: row.target as SlaTargetKind,
    level: row.level as SlaAlertLevel,
    thresholdAt: row.threshold_at,
    firstFiredAt: row.first_fired_at,
    lastFiredAt: row.last_fired_at,
    repeatCount: row.repeat_count,
    acknowledgedAt: row.acknowledged_at,
    acknowledgedBy: row.acknowledged_by,
    snoozedUntil: row.snoozed_until,
    snoozeReason: row.snooze_reason,
  };
}

export function alertToRow(alert: AlertState): SlaAlertRow {
  return {
    alert_id: alert.alertId,
    ticket_id: alert.ticketId,
    target: alert.target,
    level: alert.level,
    threshold_at: alert.thresholdAt,
    first_fired_at: alert.firstFiredAt,
    last_fired_at: alert.lastFiredAt,
    repeat_count: alert.repeatCount,
    acknowledged_at: alert.acknowledgedAt,
    acknowledged_by: alert.acknowledgedBy,
    snoozed_until: alert.snoozedUntil,
    snooze_reason: alert.snoozeReason,
  };
}

/** Alerts by id, with a per-ticket index so a closed ticket's alerts can be dropped at once. */
export class AlertBook {
  private readonly byId = new Map<string, AlertState>();
  private readonly idsByTicket = new Map<string, Set<string>>();

  get(alertId: string): AlertState | undefined {
    return this.byId.get(alertId);
  }

  put(alert: AlertState): void {
    this.byId.set(alert.alertId, alert);
    let ids = this.idsByTicket.get(alert.ticketId);
    if (ids === undefined) {
      ids = new Set();
      this.idsByTicket.set(alert.ticketId, ids);
    }
    ids.add(alert.alertId);
  }

  dropTicket(ticketId: string): void {
    for (const id of this.idsByTicket.get(ticketId) ?? []) this.byId.delete(id);
    this.idsByTicket.delete(ticketId);
  }

  clear(): void {
    this.byId.clear();
    this.idsByTicket.clear();
  }

  get size(): number {
    return this.byId.size;
  }
}

/** An alert raised on another device, known here only by its id (`ticket:target:level:start`). */
export function placeholderAlert(alertId: string, now: string): AlertState {
  const [ticketId = '', target = 'resolution', level = 'warning'] = alertId.split(':');
  return {
    alertId,
    ticketId,
    target: target as SlaTargetKind,
    level: level as SlaAlertLevel,
    thresholdAt: now,
    firstFiredAt: now,
    lastFiredAt: now,
    repeatCount: 0,
    acknowledgedAt: null,
    acknowledgedBy: null,
    snoozedUntil: null,
    snoozeReason: null,
  };
}
