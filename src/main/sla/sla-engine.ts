/**
 * The SLA timer engine (docs/sla.md "Timer engine"). It keeps every open ticket in an indexed min-heap
 * keyed by the next instant something can happen to it by itself (a threshold of its clock, or an alert
 * repeat) and arms ONE timer for the earliest entry: nothing scans the tickets every second.
 *
 * - A ticket that changes is re-planned alone (`ticketChanged`): its clock is recomputed and its heap
 *   entry re-keyed in O(log n).
 * - Sleep and wall-clock jumps: when the timer fires off its expected instant, or a coarse heartbeat sees
 *   the wall clock move by more than it slept, or the shell calls `resume()`, everything is re-planned.
 * - Offline: it reads only the local store; alerts are recorded as mutations queued in the outbox.
 * All work runs one piece at a time on an internal queue, so a timer and a change never interleave.
 */
import type { Kysely } from 'kysely';
import type { IdGenerator } from '../../shared/domain/ids';
import { DEFAULT_PRIORITY_MATRIX } from '../../shared/domain/priority';
import type { SlaAlertLevel, SlaTargetKind } from '../../shared/domain/ticket-event';
import type { MutationContext } from '../../shared/sync/mutation-tx';
import type { Clock } from '../services/clock';
import { toIsoSeconds } from '../services/clock';
import type { DesktopNotification, Notifier } from '../services/notifier';
import { applyLocalMutation } from '../store/apply-local-mutation';
import type { Database } from '../store/schema';
import { loadAlertsOfOpenTickets, upsertAlert } from '../store/queries/sla-alerts';
import { loadOpenTicketInputs, loadTicketInputs, writeSlaDueAt } from '../store/queries/sla-clock-inputs';
import type { SlaTicketInputs } from '../store/queries/sla-clock-inputs';
import type { SlaConfig } from '../store/queries/sla-config';
import { loadSlaConfig } from '../store/queries/sla-config';
import type { AlertState } from './alert-book';
import { AlertBook, alertFromRow, alertToRow } from './alert-book';
import type { AlertLanguage } from './alert-messages';
import { alertBody, alertTitle } from './alert-messages';
import type { SlaViewer } from './alert-rules';
import { IndexedMinHeap } from './indexed-min-heap';
import type { AlertDecision, TicketPlan } from './ticket-planner';
import { planTicket } from './ticket-planner';
import type { TimerPort } from './timer-port';
import { MAX_TIMER_DELAY_MS, systemTimers } from './timer-port';

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
  language?: AlertLanguage;
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

export function createSlaEngine(options: SlaEngineOptions): SlaEngine {
  const { db, clock, notifier, viewer, settings } = options;
  const timers = options.timers ?? systemTimers;
  const heartbeatMs = options.heartbeatMs ?? 30_000;
  const toleranceMs = options.jumpToleranceMs ?? 2_000;
  const repeatIntervalMs = settings.repeatIntervalMinutes * 60_000;
  const language = options.language ?? 'es';
  const report = options.onError ?? (() => undefined);

  const heap = new IndexedMinHeap();
  const alerts = new AlertBook();
  let config: SlaConfig | null = null;
  let timer: unknown = null;
  let armedForMs = Infinity;
  let heartbeat: unknown = null;
  let lastBeatMs = 0;
  let stopped = false;
  let queue: Promise<void> = Promise.resolve();
  const stats: SlaEngineStats = { tickets: 0, planned: 0, alerts: 0, fullReplans: 0, ticketReplans: 0 };

  const nowMs = (): number => clock.now().getTime();
  const doNotDisturb = (): boolean =>
    typeof settings.doNotDisturb === 'function' ? settings.doNotDisturb() : settings.doNotDisturb;

  function enqueue(work: () => Promise<void>): Promise<void> {
    const run = queue.then(() => (stopped ? undefined : work()));
    queue = run.catch((error: unknown) => report(error));
    return run;
  }

  function mutationContext(now: string): MutationContext {
    return {
      actorId: viewer.agentId,
      actorRole: viewer.role,
      deviceId: options.deviceId,
      now,
      offline: options.isOffline?.() ?? false,
      newId: options.newId,
      priorityMatrix: DEFAULT_PRIORITY_MATRIX,
    };
  }

  function plan(inputs: SlaTicketInputs, now: number): TicketPlan {
    return planTicket(inputs, now, {
      config: config!,
      alerts,
      viewer,
      repeatIntervalMs,
      doNotDisturb: doNotDisturb(),
    });
  }

  /** Applies a plan: heap entry, held repeats, alerts. Returns the sla_due_at change, if any. */
  async function apply(inputs: SlaTicketInputs, ticketPlan: TicketPlan, now: number): Promise<string | null | undefined> {
    if (!ticketPlan.open) {
      heap.delete(ticketPlan.ticketId);
      alerts.dropTicket(ticketPlan.ticketId);
    } else if (ticketPlan.wakeAtMs === Infinity) heap.delete(ticketPlan.ticketId);
    else heap.set(ticketPlan.ticketId, ticketPlan.wakeAtMs);
    for (const held of ticketPlan.held) held.heldUntilMs = now + repeatIntervalMs;
    for (const decision of ticketPlan.fire) await fire(decision, now);
    const clock = ticketPlan.clock;
    // A paused clock's projected due time moves with `now`; rewriting it on every re-plan would churn
    // the queue indexes for nothing, so a paused ticket keeps the value it had until it changes state.
    if (clock?.paused === true && inputs.ticket.slaDueAt !== null) return undefined;
    const dueAt = clock?.nextDueAt ?? null;
    return dueAt === inputs.ticket.slaDueAt ? undefined : dueAt;
  }

  async function fire(decision: AlertDecision, now: number): Promise<void> {
    const nowIso = toIsoSeconds(new Date(now));
    const { ticket, target, level, repeat } = decision;
    const dueAt = target.dueAt;
    const text = { level, target: target.target, displayNumber: ticket.displayNumber, title: ticket.title, priority: ticket.priority, dueAt, repeat };
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
    stats.alerts += 1;
    // State first: after a crash between the two writes the alert is not re-fired; at worst its event
    // is missing (a repeat will record the next one).
    await upsertAlert(db, alertToRow(state));
    try {
      await applyLocalMutation(db, mutationContext(nowIso), 'sla.recordAlert', {
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
    options.onAlert?.({
      alertId: decision.alertId,
      ticketId: ticket.id,
      target: target.target,
      level,
      repeat,
      thresholdAt: decision.thresholdAt,
      dueAt,
      notification,
    });
  }

  async function replanOneNow(ticketId: string): Promise<void> {
    stats.ticketReplans += 1;
    const inputs = await loadTicketInputs(db, ticketId);
    if (inputs === undefined) {
      heap.delete(ticketId);
      alerts.dropTicket(ticketId);
      return;
    }
    const now = nowMs();
    let dueChange: string | null | undefined;
    try {
      dueChange = await apply(inputs, plan(inputs, now), now);
    } catch (error) {
      // A ticket whose clock cannot be computed (e.g. a calendar that never opens) must not stop the rest.
      heap.delete(ticketId);
      report(error, ticketId);
      return;
    }
    if (dueChange !== undefined) await writeSlaDueAt(db, [{ ticketId, slaDueAt: dueChange }]);
  }

  async function replanAllNow(): Promise<void> {
    stats.fullReplans += 1;
    const all = await loadOpenTicketInputs(db);
    heap.clear();
    const now = nowMs();
    const dueChanges: Array<{ ticketId: string; slaDueAt: string | null }> = [];
    for (const inputs of all) {
      try {
        const dueChange = await apply(inputs, plan(inputs, now), now);
        if (dueChange !== undefined) dueChanges.push({ ticketId: inputs.ticket.id, slaDueAt: dueChange });
      } catch (error) {
        report(error, inputs.ticket.id);
      }
    }
    stats.tickets = all.length;
    await writeSlaDueAt(db, dueChanges);
  }

  async function processDue(): Promise<void> {
    const now = nowMs();
    // Fired well before or after the instant it was armed for: the wall clock jumped or the system slept.
    if (Math.abs(now - armedForMs) > toleranceMs) {
      await replanAllNow();
      return;
    }
    for (let top = heap.peek(); top !== undefined && top.key <= now; top = heap.peek()) {
      heap.delete(top.id);
      await replanOneNow(top.id);
    }
  }

  function arm(): void {
    if (timer !== null) timers.clearTimeout(timer);
    timer = null;
    armedForMs = Infinity;
    const top = heap.peek();
    if (stopped || top === undefined) return;
    armedForMs = top.key;
    const delay = Math.min(Math.max(0, top.key - nowMs()), MAX_TIMER_DELAY_MS);
    timer = timers.setTimeout(() => {
      timer = null;
      void enqueue(processDue).finally(arm);
    }, delay);
  }

  function beat(): void {
    if (stopped) return;
    const now = nowMs();
    const drift = now - (lastBeatMs + heartbeatMs);
    lastBeatMs = now;
    if (Math.abs(drift) > toleranceMs) void enqueue(replanAllNow).finally(arm);
    heartbeat = timers.setTimeout(beat, heartbeatMs);
  }

  function withArm(work: () => Promise<void>): Promise<void> {
    return enqueue(work).finally(arm);
  }

  async function updateAlert(alertId: string, change: (alert: AlertState) => AlertState): Promise<AlertState> {
    const current = alerts.get(alertId) ?? placeholderAlert(alertId, toIsoSeconds(clock.now()));
    const next = change(current);
    alerts.put(next);
    await upsertAlert(db, alertToRow(next));
    return next;
  }

  return {
    start: () =>
      withArm(async () => {
        config = await loadSlaConfig(db);
        for (const row of await loadAlertsOfOpenTickets(db)) alerts.put(alertFromRow(row));
        await replanAllNow();
        lastBeatMs = nowMs();
        if (heartbeat === null) heartbeat = timers.setTimeout(beat, heartbeatMs);
      }),
    ticketChanged: (ticketId) => withArm(() => replanOneNow(ticketId)),
    configChanged: () =>
      withArm(async () => {
        config = await loadSlaConfig(db);
        await replanAllNow();
      }),
    acknowledge: (alertId) =>
      withArm(async () => {
        const now = toIsoSeconds(clock.now());
        const alert = await updateAlert(alertId, (a) => ({ ...a, acknowledgedAt: now, acknowledgedBy: viewer.agentId }));
        await applyLocalMutation(db, mutationContext(now), 'sla.acknowledgeAlert', {
          ticketId: alert.ticketId,
          alertId,
          target: alert.target,
          level: alert.level,
        });
        await replanOneNow(alert.ticketId);
      }),
    snooze: (alertId, untilIso, reason) =>
      withArm(async () => {
        const alert = await updateAlert(alertId, (a) => ({ ...a, snoozedUntil: untilIso, snoozeReason: reason }));
        await replanOneNow(alert.ticketId);
      }),
    resume: () => withArm(replanAllNow),
    replanAll: () => withArm(replanAllNow),
    stop() {
      stopped = true;
      if (timer !== null) timers.clearTimeout(timer);
      if (heartbeat !== null) timers.clearTimeout(heartbeat);
      timer = null;
      heartbeat = null;
    },
    nextWakeAt() {
      const top = heap.peek();
      return top === undefined ? null : toIsoSeconds(new Date(top.key));
    },
    stats: () => ({ ...stats, planned: heap.size }),
    idle: () => queue,
  };
}

/** An alert raised on another device, known here only by its id (`ticket:target:level:start`). */
function placeholderAlert(alertId: string, now: string): AlertState {
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
