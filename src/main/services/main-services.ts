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
import { systemClock, type Clock } from './clock';
import type { Notifier } from './notifier';
import { loadSession } from './session';

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
}

export interface MainServices {
  registry: HandlerRegistry;
  events: ApiEventBus;
  store: StoreHandle;
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
    if (options.seedDemoData && (await isEmpty(store))) {
      const seedOptions = typeof options.seedDemoData === 'object' ? options.seedDemoData : {};
      seedStore(store, {
        seed: seedOptions.seed ?? 42,
        ticketCount: seedOptions.ticketCount ?? 2000,
        now: clock.now().toISOString(),
      });
    }
    const events = createApiEventBus();
    const registry = createHandlerRegistry({
      validateOutput: options.validateOutput,
      onInternalError: options.onInternalError,
    });
    registerAllHandlers(registry, {
      db: store.db,
      clock,
      newId: options.newId ?? defaultNewId,
      events,
      notifier: options.notifier,
      session: await loadSession(store.db, options.defaultLanguage ?? 'es'),
      priorityMatrix: await loadPriorityMatrix(store),
    });
    return { registry, events, store, close: () => store.close() };
  } catch (error) {
    await store.close();
    throw error;
  }
}
