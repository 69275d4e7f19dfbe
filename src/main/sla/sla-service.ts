/**
 * The SLA engine as the main process runs it: built from the session and the stored settings, its
 * alerts pushed to the renderer (`sla.alert`, plus `tickets.changed` so the history refreshes), and the
 * hooks the rest of main calls: after local mutations and after the sync client applies pulled pages.
 */
import type { Kysely } from 'kysely';
import { QUEUE_VIEWS } from '../../shared/api/queue-schemas';
import type { SlaSettings } from '../../shared/api/sla-schemas';
import type { IdGenerator } from '../../shared/domain/ids';
import type { ApiEventBus } from '../api/event-bus';
import type { Clock } from '../services/clock';
import type { Notifier } from '../services/notifier';
import type { Session } from '../services/session';
import type { Database } from '../store/schema';
import { suggestEscalationGroup } from './escalation-groups';
import type { SlaEngine, SlaEngineSettings } from './sla-engine';
import { createSlaEngine } from './sla-engine';
import { readSlaSettings, writeSlaSettings } from './sla-settings-store';

export interface SlaService {
  /** Builds and starts the engine for the signed-in agent; without a session it waits for one. */
  start(): Promise<void>;
  /** Another agent signed in (or the first one): the engine restarts as them. */
  sessionChanged(): Promise<void>;
  /** Call after tickets changed outside the mutation handler (sync pull pages, imports). */
  ticketsChanged(ticketIds: readonly string[]): Promise<void>;
  /** Calendars or policies changed. */
  configChanged(): Promise<void>;
  /** The system woke up or the clock jumped. */
  resume(): Promise<void>;
  acknowledge(alertId: string): Promise<void>;
  snooze(alertId: string, untilIso: string, reason: string): Promise<void>;
  settings(): SlaSettings;
  updateSettings(settings: SlaSettings): Promise<SlaSettings>;
  /** The running engine, if any (diagnostics and tests). */
  engine(): SlaEngine | null;
  /** Resolves once the engine's queued work has finished. */
  idle(): Promise<void>;
  stop(): void;
}

export interface SlaServiceOptions {
  db: Kysely<Database>;
  clock: Clock;
  notifier: Notifier;
  /** The signed-in agent, or null while nobody is (server-backed desks before sign-in). */
  session: () => Session | null;
  events: ApiEventBus;
  newId: IdGenerator;
  onError?: (error: unknown, ticketId?: string) => void;
}

export async function createSlaService(options: SlaServiceOptions): Promise<SlaService> {
  const { db, events } = options;
  let settings = await readSlaSettings(db);
  // The engine keeps this object and reads it on every plan: edits apply on the next re-plan.
  const engineSettings: SlaEngineSettings = {
    repeatIntervalMinutes: settings.repeatIntervalMinutes,
    doNotDisturb: () => settings.doNotDisturb,
  };
  const report = options.onError ?? ((error: unknown) => console.error('[sla]', error));
  const build = (session: Session): SlaEngine =>
    createSlaEngine({
      db,
      clock: options.clock,
      notifier: options.notifier,
      viewer: { agentId: session.agent.id, groupIds: session.agent.groupIds, role: session.agent.role },
      settings: engineSettings,
      deviceId: session.deviceId,
      newId: options.newId,
      language: () => session.language,
      onError: report,
      onAlert: (notice) => {
        void suggestEscalationGroup(db, notice.categoryId)
          .catch(() => null)
          .then((suggestion) => {
            events.emit('sla.alert', {
              alertId: notice.alertId,
              ticketId: notice.ticketId,
              displayNumber: notice.displayNumber,
              title: notice.title,
              target: notice.target,
              level: notice.level,
              dueAt: notice.dueAt,
              repeat: notice.repeat,
              priority: notice.priority,
              assigneeId: notice.assigneeId,
              groupId: notice.groupId,
              suggestedGroupId: suggestion?.groupId ?? null,
              suggestedLevel: suggestion?.level ?? null,
            });
            events.emit('tickets.changed', { ticketIds: [notice.ticketId], views: [] });
          });
      },
    });

  const changedViews = (): void => events.emit('tickets.changed', { ticketIds: [], views: [...QUEUE_VIEWS] });

  let engine: SlaEngine | null = null;
  const restart = async (): Promise<void> => {
    // The new engine is in place at once, so a change arriving meanwhile queues on it.
    const previous = engine;
    const session = options.session();
    engine = session ? build(session) : null;
    previous?.stop();
    await previous?.idle().catch(() => undefined);
    await engine?.start();
  };

  return {
    start: restart,
    sessionChanged: restart,
    async ticketsChanged(ticketIds) {
      const running = engine;
      if (running) await Promise.all([...new Set(ticketIds)].map((id) => running.ticketChanged(id)));
    },
    async configChanged() {
      await engine?.configChanged();
      // Due times may have moved on many tickets: visible queue pages refetch.
      changedViews();
    },
    resume: async () => engine?.resume(),
    acknowledge: async (alertId) => engine?.acknowledge(alertId),
    snooze: async (alertId, untilIso, reason) => engine?.snooze(alertId, untilIso, reason),
    settings: () => ({ ...settings }),
    async updateSettings(next) {
      await writeSlaSettings(db, next);
      settings = { ...next };
      engineSettings.repeatIntervalMinutes = next.repeatIntervalMinutes;
      await engine?.replanAll();
      return { ...settings };
    },
    engine: () => engine,
    idle: async () => engine?.idle(),
    stop: () => engine?.stop(),
  };
}
