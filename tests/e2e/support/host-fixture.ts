import { test as base } from '@playwright/test';
import { startBrowserHost, type BrowserHost } from '../../../src/main/host/browser-host';
import { createFrozenClock } from '../../../src/main/services/clock';

export const SCREENSHOT_DIR = 'tests/screenshots';

/**
 * One browser host per test file (worker scope): the real main-process services on a fresh
 * SQLite file with the seeded demo desk, the production renderer build, a frozen clock.
 */
export const test = base.extend<object, { host: BrowserHost }>({
  host: [
    // Playwright reads the fixtures a function needs from its first parameter's pattern.
    // eslint-disable-next-line no-empty-pattern
    async ({}, use) => {
      const host = await startBrowserHost({
        renderer: 'dist',
        seedTickets: 400,
        seed: 42,
        clock: createFrozenClock('2026-11-26T15:00:00Z'),
        defaultLanguage: 'es',
        log: () => {},
      });
      await use(host);
      await host.close();
    },
    { scope: 'worker' },
  ],
});

export { expect } from '@playwright/test';
