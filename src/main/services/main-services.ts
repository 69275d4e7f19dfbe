import { DEFAULT_PRIORITY_MATRIX, parsePriorityMatrix, type PriorityMatrix } from '../../shared/domain/priority';
import { newId as defaultNewId, type IdGenerator } from '../../shared/domain/ids';
import type { Language } from '../../shared/domain/localized-text';
import { createApiEventBus, type ApiEventBus } from '../api/event-bus';
import { createHandlerRegistry, type HandlerRegistry } from '../api/handler-registry';
import { registerAllHandlers } from '../api/handlers';
import { migrateToLatest } from '../store/migrate';
import { openDatabase, type StoreHandle } from '../store/open-database';
import { readMeta } from '../store/queries';
import { seedStore } from '../store/seed-store';
import { seedEscalationGroups } from '../sla/escalation-groups';
import { seedSlaDemo } from '../sla/seed-sla-demo';
import { seedWorkflowDemo } from '../workflow/seed-workflow-demo';
import { createSlaService, type SlaService } from '../sla/sla-service';
import { MesaError } from '../../shared/errors';
import { SyncService } from '../sync/sync-service';
import type { Timers } from '../sync/timers';
import { createMemoryTokenVault, type TokenVault } from '../sync/token-vault';
import { systemClock, type Clock } from './clock';
import type { HandlerContext } from './handler-context';
import type { Notifier } from './notifier';
import { loadSession, type Session } from './session';

export interface MainServicesOptions {
  databaseFile: string;
  notifier: Notifier;
  clock?: Clock;
  newId?: IdGenerator;
  /** Fill an empty store with the deterministic demo desk (npm start, tests, benchmarks). */
  seedDemoData?: boolean | { seed?: number; ticketCount?: number };
  /** Language when the user has not chosen one (the OS locale, detected by the caller). */
  defaultLanguage?: Language;
  validateOutput?: boolean;
  onInternalError?: (method: string, error: unknown) => void;
  /**
   * The central server. Without it the workstation stays local-only (as before sync existed); with
   * it the local copy comes from the server (no demo seeding) after the agent signs in.
   */
  server?: {
    url: string;
    /** Where the token is kept; default in memory (tests, browser host): the Electron shell passes safeStorage. */
    vault?: TokenVault;
    live?: boolean;
    timers?: Timers;
    random?: () => number;
    pullLimit?: number;
    log?: (line: string) => void;
  };
}

export interface MainServices {
  registry: HandlerRegistry;
  events: ApiEventBus;
  store: StoreHandle;
  /** SLA engine hooks; the sync client calls `sla.ticketsChanged(ids)` after applying pulled pages. */
  sla: SlaService;
  /** The sync client; null when local-only. */
  sync: SyncService | null;
  close(): Promise<void>;
}

async function loadPriorityMatrix(store: StoreHandle): Promise<PriorityMatrix> {
  const stored = await readMeta(store.db, 'settings.priority_matrix');
  return stored ? parsePriorityMatrix(JSON.parse(stored)) : DEFAULT_PRIORITY_MATRIX;
}

async function isEmpty(store: StoreHandle): Promise<boolean> {
  const row = await store.db.selectFrom('agents').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}

/**
 * Everything the main process does, without Electron: the Electron shell and the browser host
 * both start exactly this, so the end-to-end tests exercise the real services.
 */
export async function createMainServices(options: MainServicesOptions): Promise<MainServices> {
  const store = openDatabase(options.databaseFile);
  try {
    await migrateToLatest(store.db);
    const clock = options.clock ?? systemClock;
    if (options.seedDemoData && !options.server && (await isEmpty(store))) {
      const seedOptions = typeof options.seedDemoData === 'object' ? options.seedDemoData : {};
      seedStore(store, {
        seed: seedOptions.seed ?? 42,
        ticketCount: seedOptions.ticketCount ?? 2000,
        now: clock.now().toISOString(),
      });
      await seedSlaDemo(store, { seed: seedOptions.seed ?? 42 });
      await seedEscalationGroups(store.db);
      await seedWorkflowDemo(store, { seed: seedOptions.seed ?? 42, now: clock.now().toISOString() });
    }
    const events = createApiEventBus();
    const registry = createHandlerRegistry({
      validateOutput: options.validateOutput,
      onInternalError: options.onInternalError,
    });
    const language = options.defaultLanguage ?? 'es';
    const priorityMatrix = await loadPriorityMatrix(store);
    // Server-backed: nobody may be signed in yet (the agent's row arrives with the first pull).
    let session: Session | null = options.server
      ? await loadSession(store.db, language).catch(() => null)
      : await loadSession(store.db, language);
    const sla = await createSlaService({
      db: store.db,
      clock,
      notifier: options.notifier,
      session: () => session,
      events,
      newId: options.newId ?? defaultNewId,
    });
    const vault = options.server ? (options.server.vault ?? createMemoryTokenVault()) : null;
    const sync = options.server
      ? new SyncService({
          db: store.db,
          serverUrl: options.server.url,
          vault: vault ?? createMemoryTokenVault(),
          clock,
          events,
          priorityMatrix,
          newId: options.newId,
          timers: options.server.timers,
          random: options.server.random,
          live: options.server.live,
          pullLimit: options.server.pullLimit,
          log: options.server.log,
          onTicketsChanged: (ticketIds) => sla.ticketsChanged(ticketIds),
          onSignedIn: async () => {
            session = await loadSession(store.db, language);
            await sla.sessionChanged();
          },
        })
      : null;
    const context: HandlerContext = {
      db: store.db,
      clock,
      newId: options.newId ?? defaultNewId,
      events,
      notifier: options.notifier,
      get session(): Session {
        if (!session) throw new MesaError('sync.signed_out');
        return session;
      },
      priorityMatrix,
      sync,
      sla,
      serverAccess: options.server && vault ? { vault, serverUrl: options.server.url } : null,
    };
    registerAllHandlers(registry, context);
    // Not awaited: on a big desk the first full re-plan takes seconds (docs/performance.md); work queued
    // behind it (mutations' re-plans) waits for it on the engine's own queue.
    void sla.start().catch((error: unknown) => console.error('[sla] start failed', error));
    await sync?.start();
    return {
      registry,
      events,
      store,
      sync,
      sla,
      close: async () => {
        await sync?.stop();
        sla.stop();
        await sla.idle().catch(() => undefined);
        await store.close();
      },
    };
  } catch (error) {
    await store.close();
    throw error;
  }
}
