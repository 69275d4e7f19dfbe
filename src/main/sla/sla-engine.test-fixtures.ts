/** A store with SLA config, a recording notifier and an engine on fake timers. Test-only. */
import { vi } from 'vitest';
import { createSeededIdGenerator } from '../../shared/domain/ids';
import type { Impact, Urgency } from '../../shared/domain/ticket-enums';
import type { SlaPolicy } from '../../shared/sla/index';
import type { Calendar } from '../../shared/sla/index';
import { systemClock, toIsoSeconds } from '../services/clock';
import { createRecordingNotifier } from '../services/notifier';
import { applyLocalMutation } from '../store/apply-local-mutation';
import type { StoreHandle } from '../store/open-database';
import { saveSlaCalendar, saveSlaPolicies } from '../store/queries/sla-config';
import { createTestContext, createTestStore, FIXTURE_NOW } from '../store/testing/create-test-store';
import type { SlaViewer } from './alert-rules';
import type { SlaAlertNotice, SlaEngine, SlaEngineSettings } from './sla-engine';
import { createSlaEngine } from './sla-engine';

const allDay: Array<[string, string]> = [['00:00', '24:00']];
export const UTC_24X7: Calendar = {
  name: 'UTC 24x7',
  timeZone: 'UTC',
  hours: { mon: allDay, tue: allDay, wed: allDay, thu: allDay, fri: allDay, sat: allDay, sun: allDay },
};

const thresholds = { warning: 0.75, critical: 0.9 };
/** P3 and below: first response 60 min (warning 45, critical 54), resolution 480. */
export const STANDARD: SlaPolicy = {
  id: 'p-standard',
  name: 'Standard',
  match: {},
  targets: { firstResponseMinutes: 60, resolutionMinutes: 480 },
  thresholds,
  calendarId: 'utc',
};
/** P1: first response 20 min (warning 15, critical 18), resolution 240. */
export const URGENT: SlaPolicy = {
  id: 'p-urgent',
  name: 'Urgent',
  match: { priority: 'P1' },
  targets: { firstResponseMinutes: 20, resolutionMinutes: 240 },
  thresholds,
  calendarId: 'utc',
};

export const ANA: SlaViewer = { agentId: 'agent-ana', groupIds: ['group-n1'], role: 'agent' };
export const MINUTE = 60_000;

export interface EngineFixture {
  store: StoreHandle;
  notifier: ReturnType<typeof createRecordingNotifier>;
  notices: SlaAlertNotice[];
  engine: SlaEngine;
  createTicket(options?: { impact?: Impact; urgency?: Urgency; assigneeId?: string | null; groupId?: string | null }): Promise<string>;
  mutate(name: string, args: unknown): Promise<void>;
  /** A second engine on the same store, as after a restart. */
  restart(): SlaEngine;
}

export async function createEngineFixture(
  options: { viewer?: SlaViewer; settings?: Partial<SlaEngineSettings>; store?: StoreHandle } = {},
): Promise<EngineFixture> {
  vi.useFakeTimers({ now: new Date(FIXTURE_NOW), toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  const store = options.store ?? (await createTestStore());
  await saveSlaCalendar(store.db, 'utc', UTC_24X7, FIXTURE_NOW);
  await saveSlaPolicies(store.db, [STANDARD, URGENT], FIXTURE_NOW);
  const newId = createSeededIdGenerator(5);
  const notifier = createRecordingNotifier();
  const notices: SlaAlertNotice[] = [];
  const settings: SlaEngineSettings = { repeatIntervalMinutes: 2, doNotDisturb: false, ...options.settings };
  const build = (): SlaEngine =>
    createSlaEngine({
      db: store.db,
      clock: systemClock,
      notifier,
      viewer: options.viewer ?? ANA,
      settings,
      deviceId: 'device-test',
      newId,
      timers: { setTimeout: (callback, ms) => setTimeout(callback, ms), clearTimeout: (h) => clearTimeout(h as never) },
      onAlert: (notice) => notices.push(notice),
    });
  const mutate = async (name: string, args: unknown): Promise<void> => {
    await applyLocalMutation(store.db, createTestContext({ now: toIsoSeconds(new Date()) }, newId), name, args);
  };
  return {
    store,
    notifier,
    notices,
    engine: build(),
    mutate,
    restart: build,
    async createTicket(ticket = {}) {
      const id = newId();
      await mutate('ticket.create', {
        id,
        type: 'incident',
        title: 'La impresora no imprime',
        description: '',
        requesterId: 'req-lucia',
        organizationId: 'org-acme',
        areaId: 'area-fin',
        channel: 'email',
        categoryId: null,
        impact: ticket.impact ?? 'medium',
        urgency: ticket.urgency ?? 'medium',
      });
      const assigneeId = ticket.assigneeId === undefined ? 'agent-ana' : ticket.assigneeId;
      await mutate('ticket.assign', { ticketId: id, assigneeId, groupId: ticket.groupId ?? 'group-n1' });
      return id;
    },
  };
}

/** Moves fake time forward and lets the engine's queued work finish. */
export async function advance(fixture: EngineFixture, ms: number): Promise<void> {
  await vi.advanceTimersByTimeAsync(ms);
  await fixture.engine.idle();
}
