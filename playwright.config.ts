/**
 * Playwright: end-to-end tests (tests/e2e) drive the real renderer in Debian's Chromium against the browser
 * host, which each test starts itself (so there is no `webServer` here). The `electron` project runs the
 * `_electron` smoke tests in tests/electron; they skip themselves when the Electron binary is missing.
 * Screenshots are taken only where a test asks for one (saved under tests/screenshots/).
 */
import { defineConfig } from '@playwright/test';

const isCI = !!process.env.CI;

/** Debian's `chromium` package (.ci/run installs it); Playwright's own browser download is not used. */
export const CHROMIUM_PATH = process.env.MESA_CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: isCI ? 1 : 0,
  forbidOnly: isCI,
  reporter: 'list',
  use: {
    headless: true,
    screenshot: 'off',
    video: 'off',
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testDir: 'tests/e2e',
      use: {
        browserName: 'chromium',
        launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
      },
    },
    {
      name: 'electron',
      testDir: 'tests/electron',
      testMatch: '*.spec.ts',
    },
  ],
});
