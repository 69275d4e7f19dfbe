import { issueActionToken } from '../../src/server/channels/notifications/action-tokens';
import { expect, REQUESTER_PASSWORD, test } from '../portal/support/portal-desk';
import { PortalPage } from './pages/portal-pages';
import { WorkstationPage } from './pages/workstation-page';

const PNG = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cfc0f01f0005000201a0e5d9a10000000049454e44ae426082', 'hex');
test.use({ locale: 'es-PE' });

/**
 * Issue 6, end to end in Chromium against one real server: the requester opens a request in the
 * portal, the agent answers in the workstation (browser host synced with the same server), the
 * reply shows in the portal, the agent resolves, and the requester confirms from the email link and
 * rates from the survey link; the portal then shows the request closed and rated.
 */
test('portal request → workstation answer → confirmation and rating from the email links', async ({ page, browser, portalDesk }) => {
  test.setTimeout(120_000);
  const { url, requester } = portalDesk;
  const portal = new PortalPage(page, url);
  await portal.goto('/requests');
  await expect(page.getByTestId('signin-form')).toBeVisible();
  await page.screenshot({ path: 'tests/screenshots/portal-sign-in.png' });
  await portal.signIn(requester.email, REQUESTER_PASSWORD);

  const title = 'No puedo imprimir las facturas';
  await portal.fillNewRequest({
    title,
    description: 'Desde esta mañana la impresora de la planta 2 no responde. Ya la apagué y encendí.',
    attachment: { name: 'captura.png', mimeType: 'image/png', buffer: PNG },
  });
  await page.screenshot({ path: 'tests/screenshots/portal-new-request.png', fullPage: true });
  await page.getByTestId('submit-request').click();
  await expect(page.getByTestId('created-notice')).toContainText('MS-');
  await expect(page.getByTestId('detail-attachments')).toContainText('captura.png');
  const ticketId = new URL(page.url()).pathname.split('/').pop() ?? '';

  // The agent, in the workstation, finds the portal ticket and answers publicly.
  const host = await portalDesk.desk();
  await portalDesk.settle(host);
  const deskPage = await browser.newPage({ locale: 'es-PE' });
  const desk = new WorkstationPage(deskPage);
  await deskPage.goto(host.url);
  await desk.searchFor(title);
  await deskPage.getByTestId('search-result').filter({ hasText: title }).first().click();
  await expect(desk.detail.title()).toHaveText(title);
  const answer = '¿Qué modelo de impresora es? ¿Muestra algún error en la pantalla?';
  await desk.detail.comment(answer, 'public');
  await expect(desk.detail.root.getByText(answer)).toBeVisible();
  await desk.screenshot('portal-desk-answer');
  await portalDesk.settle(host);

  // The reply shows in the portal; the requester answers back.
  await page.reload();
  await expect(page.getByTestId('history-comment').filter({ hasText: answer })).toHaveAttribute('data-author', 'desk');
  await page.getByTestId('reply-body').fill('Es una HP LaserJet; dice «atasco de papel».');
  await page.getByTestId('reply-send').click();
  await expect(page.getByTestId('history-comment').filter({ hasText: 'HP LaserJet' })).toHaveAttribute('data-author', 'you');
  await page.screenshot({ path: 'tests/screenshots/portal-request-detail.png', fullPage: true });

  // The agent resolves (through the workstation's bridge), and sync carries it to the server.
  await portalDesk.settle(host);
  await portalDesk.call(host, 'mutation.apply', { name: 'ticket.setStatus', args: { ticketId, to: 'in_progress', reason: null } });
  await portalDesk.call(host, 'mutation.apply', { name: 'ticket.setStatus', args: { ticketId, to: 'resolved', reason: null } });
  await portalDesk.settle(host);
  await page.reload();
  await expect(page.getByTestId('resolution-box')).toBeVisible();
  await page.screenshot({ path: 'tests/screenshots/portal-resolved.png', fullPage: true });

  // Confirmation from the email link (the email channel's signed single-use token).
  const db = portalDesk.server.database.db;
  const confirmToken = await issueActionToken(db, portalDesk.secret, { purpose: 'resolution', ticketId, requesterId: requester.id, ttlMs: 86_400_000, nowMs: Date.now() });
  await page.goto(`${url}/portal/actions/${confirmToken}`);
  await page.getByTestId('action-confirm').click();
  await expect(page.getByTestId('action-done')).toBeVisible();
  const surveyToken = await issueActionToken(db, portalDesk.secret, { purpose: 'survey', ticketId, requesterId: requester.id, ttlMs: 86_400_000, nowMs: Date.now() });
  await page.goto(`${url}/portal/actions/${surveyToken}`);
  await page.getByTestId('score-5').check({ force: true });
  await page.getByTestId('rate-comment').fill('Muy rápidos, gracias.');
  await page.screenshot({ path: 'tests/screenshots/portal-survey.png' });
  await page.getByTestId('rate-submit').click();
  await expect(page.getByTestId('action-done')).toBeVisible();

  await portal.goto(`/requests/${ticketId}`);
  await expect(portal.detail()).toHaveAttribute('data-status', 'closed');
  await expect(page.getByTestId('rating-done')).toContainText('5');
  await portal.goto('/requests');
  await expect(portal.rows().filter({ hasText: title }).getByTestId('status-badge')).toHaveAttribute('data-status', 'closed');
  await page.screenshot({ path: 'tests/screenshots/portal-my-requests.png' });

  // The workstation sees the closure and the rating through sync.
  await portalDesk.settle(host);
  await deskPage.reload();
  await desk.searchFor(title);
  await deskPage.getByTestId('search-result').filter({ hasText: title }).first().click();
  await expect(deskPage.locator('[data-testid="timeline-item"][data-kind="rated"]')).toHaveCount(1);
  await deskPage.close();
});
