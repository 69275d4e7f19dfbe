/**
 * channels.portal_load: time to interactive of the requester portal's "My requests" page in Chromium
 * (target ≤ 1 s). A real server (SQLite, demo desk of 3 000 tickets, seed 42) serves the built portal;
 * the requester with the most tickets is signed in (cookie set up front); each sample is a fresh
 * browser context (cold HTTP cache): navigation start → the request rows are on screen and the page
 * answers a click (the "New request" link navigates). 15 samples after 2 warm-ups.
 */
import { chromium } from '@playwright/test';
import { mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../playwright.config';
import { buildApp } from '../src/server/app';
import { createUser } from '../src/server/auth/user-accounts';
import { migrateServerDatabase } from '../src/server/db/migrate';
import { openSqlite } from '../src/server/db/open-database';
import { portalOptions } from '../src/server/portal/portal-options';
import { seedDemoDatabase } from '../src/server/seed/seed-demo-data';
import { buildPortal, PORTAL_DIR } from '../tests/portal/support/portal-build';
import { printDistribution, printValue } from './bench-stats';

const PASSWORD = 'bench-portal-password';
const COST = { memoryCost: 1024, timeCost: 1 };

export async function runPortalLoadBench(): Promise<void> {
  await buildPortal();
  const dir = mkdtempSync(path.join(tmpdir(), 'mesa-bench-portal-'));
  const database = openSqlite(path.join(dir, 'server.sqlite'));
  try {
    await migrateServerDatabase(database.db);
    await seedDemoDatabase(database.db, { seed: 42, ticketCount: 3000, password: null });
    const top = await database.db
      .selectFrom('tickets')
      .innerJoin('requesters', 'requesters.id', 'tickets.requester_id')
      .select(['requesters.id', 'requesters.email', (eb) => eb.fn.countAll<number>().as('n')])
      .where('requesters.email', 'is not', null)
      .groupBy(['requesters.id', 'requesters.email'])
      .orderBy('n', 'desc')
      .executeTakeFirstOrThrow();
    await createUser(database.db, { email: top.email ?? '', password: PASSWORD, role: 'requester', requesterId: top.id }, COST);
    const { app } = await buildApp({ database, passwordCost: COST, portal: portalOptions({ staticDir: PORTAL_DIR, mailLinks: false }) });
    const url = await app.listen({ host: '127.0.0.1', port: 0 });
    const login = await fetch(`${url}/api/portal/session`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: top.email, password: PASSWORD }),
    });
    const [name = '', value = ''] = (login.headers.get('set-cookie') ?? '').split(';')[0]!.split('=');
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
    const samples: number[] = [];
    for (let i = 0; i < 17; i++) {
      const context = await browser.newContext({ locale: 'es-PE' });
      await context.addCookies([{ name, value, url }]);
      const page = await context.newPage();
      const started = performance.now();
      await page.goto(`${url}/portal/requests`, { waitUntil: 'commit' });
      await page.getByTestId('request-row').first().waitFor();
      await page.getByTestId('new-request-link').click();
      await page.getByTestId('new-request-form').waitFor();
      if (i >= 2) samples.push(performance.now() - started);
      await context.close();
    }
    await browser.close();
    await app.close();
    printDistribution('channels.portal_load', samples);
    printValue('channels.portal_load.tickets_listed', 'tickets', Math.min(200, Number(top.n)));
    const bytes = readdirSync(path.join(PORTAL_DIR, 'assets')).reduce((sum, f) => sum + statSync(path.join(PORTAL_DIR, 'assets', f)).size, 0);
    printValue('channels.portal_load.asset_bytes', 'bytes', bytes);
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
