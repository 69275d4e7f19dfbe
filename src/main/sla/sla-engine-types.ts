/** Public types of the SLA timer engine (sla-engine.ts). */
import type { Kysely } from 'kysely';
import type { IdGenerator } from '../../shared/domain/ids';
import type { SlaAlertLevel, SlaTargetKind } from '../../shared/domain/ticket-event';
import type { Clock } from '../services/clock';
import type { DesktopNotification, Notifier } from '../services/notifier';
import type { Database } from '../store/schema';
import type { AlertLanguage } from './alert-messages';
import type { SlaViewer } from './alert-rules';
import type { TimerPort } from './timer-port';

export interface SlaEngineSettings {
  repeatIntervalMinutes: number;
  doNotDisturb: boolean | (() => boolean);
}

/** What `onAlert` receives, so the bridge can push it to the renderer (escalation prompt, alert feed). */
export interface SlaAlertNotice {
  alertId: string;
  ticketId: string;
  target: SlaTargetKind;
  level: SlaAlertLevel;
  repeat: number;
  thresholdAt: string;
  dueAt: string | null;
  displayNumber: string;
  title: string;
  priority: string;
  assigneeId: string | null;
  groupId: string | null;
  categoryId: string | null;
  notification: DesktopNotification;
}

export interface SlaEngineOptions {
  db: Kysely<Database>;
  clock: Clock;
  notifier: Notifier;
  /** The agent sitting at this workstation. */
  viewer: SlaViewer;
  settings: SlaEngineSettings;
  deviceId: string;
  newId: IdGenerator;
  timers?: TimerPort;
  /** Language of the notifications; a function follows the session's language. */
  language?: AlertLanguage | (() => AlertLanguage);
  isOffline?: () => boolean;
  onAlert?: (notice: SlaAlertNotice) => void;
  onError?: (error: unknown, ticketId?: string) => void;
  /** Wall-clock check period (default 30 s). */
  heartbeatMs?: number;
  /** Drift beyond this between expected and actual time counts as a clock jump (default 2 s). */
  jumpToleranceMs?: number;
}

export interface SlaEngineStats {
  /** Open tickets seen by the last full re-plan. */
  tickets: number;
  /** Tickets with something scheduled (entries in the heap). */
  planned: number;
  alerts: number;
  fullReplans: number;
  ticketReplans: number;
}

export interface SlaEngine {
  /** Loads configuration, alert state and every open ticket, then arms the timer and the heartbeat. */
  start(): Promise<void>;
  /** Re-plans one ticket after any change to it (mutation, sync pull). */
  ticketChanged(ticketId: string): Promise<void>;
  /** Calendars, policies or contracts changed: reload them and re-plan everything. */
  configChanged(): Promise<void>;
  acknowledge(alertId: string): Promise<void>;
  snooze(alertId: string, untilIso: string, reason: string): Promise<void>;
  /** The system woke up from sleep. */
  resume(): Promise<void>;
  replanAll(): Promise<void>;
  stop(): void;
  /** Earliest scheduled instant, for diagnostics and tests. */
  nextWakeAt(): string | null;
  stats(): SlaEngineStats;
  /** Resolves once queued work has finished. */
  idle(): Promise<void>;
}
