import { test as base, expect } from '@playwright/test';
import { startBrowserHost, type BrowserHost } from '../../src/main/host/browser-host';
import { newId } from '../../src/shared/domain/ids';
import { PASSWORD, USERS } from '../server/helpers/fixtures';
import { dialects } from '../server/helpers/test-dialects';
import { clientIdFor, createArgs, login, push, startTestServer } from '../server/helpers/test-server';
import { DashboardPage } from './pages/dashboard-page';
import { SCREENSHOT_DIR } from './support/host-fixture';

type Server = Awaited<ReturnType<typeof startTestServer>> & { url: string };

const test = base.extend<{ server: Server }>({
  // eslint-disable-next-line no-empty-pattern
  server: async ({}, use) => {
    const started = await startTestServer(dialects[0]!);
    const url = await started.app.listen({ host: '127.0.0.1', port: 0 });
    await use(Object.assign(started, { url }));
    await started.close();
  },
});

/**
 * The supervisor's dashboard on one workstation updates when an agent resolves a ticket on another
 * client (Lucía's pushes reach the server; the live poke brings them to the supervisor's replica).
 */
test('the dashboard follows an agent resolving a ticket on another client', async ({ page, server }) => {
  test.setTimeout(120_000);
  const lucia = await login(server.app, 'lucia');
  const client = clientIdFor('lucia');
  const tickets = Array.from({ length: 4 }, (_, i) => createArgs({ title: `Impresora ${i + 1} sin papel`, channel: i % 2 ? 'email' : 'phone' }));
  let id = 0;
  const send = (name: string, args: unknown) => push(server.app, lucia, client, [{ id: ++id, name, args }]);
  for (const t of tickets) {
    await send('ticket.create', t);
    await send('ticket.claim', { ticketId: t.id, expectedAssigneeId: null });
    await send('ticket.setStatus', { ticketId: t.id, to: 'in_progress', reason: null });
  }
  await send('ticket.escalate', { ticketId: tickets[0]!.id, kind: 'hierarchical', reason: 'El usuario pide hablar con el supervisor' });

  let host: BrowserHost | null = null;
  try {
    host = await startBrowserHost({
      renderer: 'dist',
      defaultLanguage: 'es',
      log: () => {},
      server: { url: server.url, login: { email: USERS.sofia?.email ?? '', password: PASSWORD } },
    });
    await page.setViewportSize({ width: 1600, height: 1000 });
    await page.goto(host.dashboardUrl);
    const dash = new DashboardPage(page);
    await expect(dash.openCount()).toHaveText('4', { timeout: 30_000 });
    await expect(page.getByTestId('alert-item').first()).toContainText('escalado');
    await expect(page.getByTestId('chart-volume').locator('svg path').first()).toBeAttached();

    await send('ticket.resolve', { ticketId: tickets[1]!.id, resolutionCode: 'guided_user', solution: 'Cargó papel', firstContact: true });
    await send('ticket.comment', { ticketId: tickets[2]!.id, commentId: newId(), body: 'Revisando', visibility: 'public' });
    await expect(dash.openCount()).toHaveText('3', { timeout: 5_000 });
    await expect(dash.agentHandled('a-lucia')).toHaveText('1');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/dashboard-live.png`, fullPage: true });

    await dash.wallboard();
    await expect(dash.root).toHaveAttribute('data-wallboard', 'true');
    await page.screenshot({ path: `${SCREENSHOT_DIR}/dashboard-wallboard.png` });
    await dash.wallboard();

    await dash.reports();
    await page.getByTestId('report-from').fill('2026-01-01');
    await page.getByTestId('report-to').fill('2026-12-31');
    await page.getByTestId('report-preview').click();
    await expect(page.getByTestId('report-kpis')).toBeVisible();
    await page.screenshot({ path: `${SCREENSHOT_DIR}/dashboard-reports.png`, fullPage: true });
    await page.getByTestId('report-from').fill('2026-02-30');
    await page.getByTestId('report-preview').click();
    await expect(page.getByTestId('report-message')).toContainText('El periodo no es válido');
  } finally {
    await host?.close();
  }
});
