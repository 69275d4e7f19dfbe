import { test as base } from '@playwright/test';
import { startBrowserHost, type BrowserHost } from '../../../src/main/host/browser-host';
import { createFrozenClock } from '../../../src/main/services/clock';
import { createMainServices } from '../../../src/main/services/main-services';
import { writeMeta } from '../../../src/main/store/queries/sync-meta';

/** The demo desk's supervisor (Raúl Mendoza): Settings → Checklists is theirs, not the demo agent's. */
export const SUPERVISOR_ID = 'agent-raul';

/**
 * A browser host of its own signed in as the supervisor: the services are started once to seed the
 * desk, the session's agent is recorded, and they start again on the same file (as after a sign-in).
 */
export const test = base.extend<object, { host: BrowserHost }>({
  host: [
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const host = await startBrowserHost({
        renderer: 'dist',
        seedTickets: 40,
        seed: 42,
        clock: createFrozenClock('2026-11-26T15:00:00Z'),
        defaultLanguage: 'es',
        log: () => {},
        createServices: async (options) => {
          const seeding = await createMainServices(options);
          await writeMeta(seeding.store.db, 'session.agent_id', SUPERVISOR_ID);
          await seeding.close();
          return createMainServices(options);
        },
      });
      await use(host);
      await host.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
