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
import { DEFAULT_PRIORITY_MATRIX } from '../../shared/domain/priority';
import type { MutationContext } from '../../shared/sync/mutation-tx';
import { toIsoSeconds } from '../services/clock';
import { applyLocalMutation } from '../store/apply-local-mutation';
import { loadAlertsOfOpenTickets, upsertAlert } from '../store/queries/sla-alerts';
import { loadOpenTicketInputs, loadTicketInputs, writeSlaDueAt } from '../store/queries/sla-clock-inputs';
import type { SlaTicketInputs } from '../store/queries/sla-clock-inputs';
import type { SlaConfig } from '../store/queries/sla-config';
import { loadSlaConfig } from '../store/queries/sla-config';
import type { AlertState } from './alert-book';
import { AlertBook, alertFromRow, alertToRow, placeholderAlert } from './alert-book';
import { createAlertFiring } from './alert-firing';
import { IndexedMinHeap } from './indexed-min-heap';
import type { SlaEngine, SlaEngineOptions, SlaEngineStats } from './sla-engine-types';
import type { TicketPlan } from './ticket-planner';
import { planTicket } from './ticket-planner';
import { MAX_TIMER_DELAY_MS, systemTimers } from './timer-port';

export type {
  SlaAlertNotice,
  SlaEngine,
  SlaEngineOptions,
  SlaEngineSettings,
  SlaEngineStats,
} from './sla-engine-types';

export function createSlaEngine(options: SlaEngineOptions): SlaEngine {
  const { db, clock, notifier, viewer, settings } = options;
  const timers = options.timers ?? systemTimers;
  const heartbeatMs = options.heartbeatMs ?? 30_000;
  const toleranceMs = options.jumpToleranceMs ?? 2_000;
  // Read on every use: the settings object is the live one, edited from the admin screen.
  const repeatIntervalMs = (): number => settings.repeatIntervalMinutes * 60_000;
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
      repeatIntervalMs: repeatIntervalMs(),
      doNotDisturb: doNotDisturb(),
    });
  }

  /** Applies a plan: heap entry, held repeats, alerts. Returns the sla_due_at change, if any. */
  async function apply(
    inputs: SlaTicketInputs,
    ticketPlan: TicketPlan,
    now: number,
  ): Promise<string | null | undefined> {
    if (!ticketPlan.open) {
      heap.delete(ticketPlan.ticketId);
      alerts.dropTicket(ticketPlan.ticketId);
    } else if (ticketPlan.wakeAtMs === Infinity) heap.delete(ticketPlan.ticketId);
    else heap.set(ticketPlan.ticketId, ticketPlan.wakeAtMs);
    for (const held of ticketPlan.held) held.heldUntilMs = now + repeatIntervalMs();
    for (const decision of ticketPlan.fire) await fire(decision, now);
    const clock = ticketPlan.clock;
    // A paused clock's projected due time moves with `now`; rewriting it on every re-plan would churn
    // the queue indexes for nothing, so a paused ticket keeps the value it had until it changes state.
    if (clock?.paused === true && inputs.ticket.slaDueAt !== null) return undefined;
    const dueAt = clock?.nextDueAt ?? null;
    return dueAt === inputs.ticket.slaDueAt ? undefined : dueAt;
  }

  const fire = createAlertFiring({
    db,
    notifier,
    alerts,
    language: () => (typeof language === 'function' ? language() : language),
    mutationContext,
    onFired: () => {
      stats.alerts += 1;
    },
    onAlert: options.onAlert,
    report,
  });

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

  async function updateAlert(
    alertId: string,
    change: (alert: AlertState) => AlertState,
  ): Promise<AlertState> {
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
        const alert = await updateAlert(alertId, (a) => ({
          ...a,
          acknowledgedAt: now,
          acknowledgedBy: viewer.agentId,
        }));
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
        const now = toIsoSeconds(clock.now());
        const alert = await updateAlert(alertId, (a) => ({
          ...a,
          snoozedUntil: untilIso,
          snoozeReason: reason,
        }));
        await applyLocalMutation(db, mutationContext(now), 'sla.snoozeAlert', {
          ticketId: alert.ticketId,
          alertId,
          target: alert.target,
          level: alert.level,
          until: untilIso,
          reason,
        });
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
