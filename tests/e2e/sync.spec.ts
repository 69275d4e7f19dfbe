import { test as base, expect } from '@playwright/test';
import { startBrowserHost, type BrowserHost } from '../../src/main/host/browser-host';
import { PASSWORD, USERS } from '../server/helpers/fixtures';
import { dialects } from '../server/helpers/test-dialects';
import { createArgs, login, push, startInstance, startTestServer } from '../server/helpers/test-server';
import { WorkstationPage } from './pages/workstation-page';
import { SCREENSHOT_DIR } from './support/host-fixture';

type Server = Awaited<ReturnType<typeof startTestServer>>;

/**
 * The workstation against a real central server (SQLite, in this process): offline work shows a
 * provisional number and the pending count, comes back with its real MS- number, and a lost claim
 * lands in the Sync panel as "already taken by …".
 */
const test = base.extend<{ server: Server & { url: string; restart(): Promise<void>; stop(): Promise<void> } }>({
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const dialect = dialects[0];
    if (!dialect) throw new Error('no dialect');
    const started = await startTestServer(dialect);
    const url = await started.app.listen({ host: '127.0.0.1', port: 0 });
    const port = Number(new URL(url).port);
    let current = started as Server;
    const handle = Object.assign(started, {
      url,
      async stop() {
        await current.app.close();
        await current.database.close();
      },
      async restart() {
        const instance = await startInstance(started.testDb);
        await instance.app.listen({ host: '127.0.0.1', port });
        current = { ...started, ...instance };
        handle.app = instance.app;
        handle.database = instance.database;
      },
    });
    await use(handle);
    await current.app.close().catch(() => undefined);
    await current.database.close().catch(() => undefined);
    await started.testDb.drop();
  },
});

test.describe('workstation sync', () => {
  let host: BrowserHost | null = null;
  test.afterEach(async () => {
    await host?.close();
    host = null;
  });

  test('works offline with a provisional number, syncs back and shows a lost claim', async ({ page, server }) => {
    // A ticket in the N1 group queue, registered by the supervisor.
    const sofia = await login(server.app, 'sofia');
    const pooled = createArgs({ title: 'El correo no sincroniza en el móvil' });
    await push(server.app, sofia, 'client-sofia-e2e-0001', [
      { id: 1, name: 'ticket.create', args: pooled },
      { id: 2, name: 'ticket.assign', args: { ticketId: pooled.id, assigneeId: null, groupId: 'g-n1' } },
    ]);

    host = await startBrowserHost({
      renderer: 'dist',
      defaultLanguage: 'es',
      log: () => {},
      server: { url: server.url, login: { email: USERS.lucia?.email ?? '', password: PASSWORD } },
    });
    const desk = new WorkstationPage(page);
    const indicator = page.getByTestId('sync-indicator');
    await page.goto(host.url);
    await expect(indicator).toHaveAttribute('data-state', 'online', { timeout: 15_000 });
    await expect(page.getByTestId('sync-pending')).toHaveText('Pendientes: 0');

    // The server goes away; the desk keeps working.
    await server.stop();
    await expect(indicator).toHaveAttribute('data-state', 'offline', { timeout: 15_000 });
    const form = await desk.newTicket();
    await form.fill({
      requester: 'Ana',
      channel: 'phone',
      title: 'Sin red: la impresora no imprime',
      description: 'Registrado sin conexión con el servidor.',
      category: 'impres',
      impact: 'medium',
      urgency: 'high',
    });
    await form.submitAndWaitClosed();
    await expect(desk.detail.number()).toHaveText(/^~[0-9A-F]{6}$/);
    await expect(page.getByTestId('sync-pending')).toHaveText('Pendientes: 1');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/sync-offline-provisional.png` });

    // Lucía, still offline, takes the pooled ticket; Pedro's claim reaches the server first.
    await desk.search.fill('correo no sincroniza');
    await page.getByTestId('search-result').first().click();
    await page.getByTestId('assign-to-me').click();
    await expect(page.getByTestId('sync-pending')).toHaveText('Pendientes: 2');
    await server.restart();
    const pedro = await login(server.app, 'pedro');
    await push(server.app, pedro, 'client-pedro-e2e-0001', [
      { id: 1, name: 'ticket.claim', args: { ticketId: pooled.id, expectedAssigneeId: null } },
    ]);

    // Back online: the real number replaces the provisional one, the queue empties, the lost claim shows.
    await expect(indicator).toHaveAttribute('data-state', 'online', { timeout: 30_000 });
    await expect(page.getByTestId('sync-pending')).toHaveText('Pendientes: 0', { timeout: 15_000 });
    await expect(desk.rows.filter({ hasText: 'Sin red: la impresora' })).toContainText(/MS-\d+/);
    await expect(page.getByTestId('sync-attention')).toBeVisible();
    await indicator.click();
    const panel = page.getByTestId('sync-panel');
    await expect(panel.getByTestId('sync-issue').first()).toContainText('Ya lo tomó Pedro.');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/sync-panel-conflict.png` });
  });
});
