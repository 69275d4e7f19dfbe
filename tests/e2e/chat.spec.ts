import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '../portal/support/portal-desk';
import { PortalChat } from './pages/portal-pages';

test.use({ locale: 'es-PE' });

/**
 * A chat becomes a ticket: a visitor on a client's intranet page (the one-tag widget) writes; the
 * agent sees it in the workstation (chime + notification), takes it, answers, converts it to a
 * ticket and ends it; the visitor sees the answer and the ticket number; the ticket (channel chat)
 * reaches the desk through sync.
 */
test('the intranet widget chat is answered from the workstation and becomes a chat ticket', async ({ page, browser, portalDesk }) => {
  test.setTimeout(120_000);
  const { url, requester } = portalDesk;
  // A client's intranet page on another origin (its own little server) with the one-tag widget.
  const intranet = createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(
      `<!doctype html><html lang="es"><head><title>Intranet Andina</title></head><body style="font-family:system-ui;margin:40px"><h1>Intranet · Recursos humanos</h1><p>Vacaciones, nóminas y formularios.</p><script src="${url}/portal/chat-widget.js" data-lang="es" async></script></body></html>`,
    );
  });
  await new Promise<void>((resolve) => intranet.listen(0, '127.0.0.2', resolve));
  const { port } = intranet.address() as AddressInfo;
  await page.goto(`http://127.0.0.2:${port}/intranet`);
  await page.locator('[data-mesa-chat]').locator('button').click();
  const frame = page.frameLocator('[data-mesa-chat] iframe');
  const chat = new PortalChat(frame);
  await chat.start(requester.name, requester.email);
  const question = 'No puedo entrar a la VPN desde casa';
  await chat.say(question);

  const host = await portalDesk.desk();
  const deskPage = await browser.newPage({ locale: 'es-PE' });
  await deskPage.goto(host.url);
  await expect(deskPage.getByTestId('chat-button')).toHaveAttribute('data-waiting', '1');
  await deskPage.getByTestId('chat-button').click();
  const panel = deskPage.getByTestId('chat-panel');
  await expect(panel.getByTestId('desk-chat-line').filter({ hasText: question })).toBeVisible();
  await panel.getByTestId('chat-accept').click();
  await expect(frame.getByTestId('chat-status')).toHaveAttribute('data-status', 'active');
  const answer = 'Hola, ¿qué mensaje de error le aparece?';
  await panel.getByTestId('chat-reply').fill(answer);
  await panel.getByTestId('chat-reply-send').click();
  await expect(frame.getByTestId('chat-line').filter({ hasText: answer })).toHaveAttribute('data-author', 'agent');
  await chat.say('Dice «certificado caducado».');
  await expect(panel.getByTestId('desk-chat-line').filter({ hasText: 'certificado' })).toBeVisible();
  await page.screenshot({ path: 'tests/screenshots/chat-widget.png' });
  await deskPage.screenshot({ path: 'tests/screenshots/chat-desk-panel.png' });

  await panel.getByTestId('chat-convert').click();
  await expect(panel.getByTestId('chat-ticket')).toContainText('MS-');
  const number = ((await panel.getByTestId('chat-ticket').textContent()) ?? '').match(/MS-\d+/)?.[0] ?? '';
  await panel.getByTestId('chat-end').click();
  await expect(frame.getByTestId('chat-status')).toHaveAttribute('data-status', 'ended');
  await expect(frame.getByTestId('chat-status')).toContainText(number);
  await page.screenshot({ path: 'tests/screenshots/chat-ended.png' });

  // The ticket, channel chat, with the transcript, reaches the workstation through sync.
  await portalDesk.settle(host);
  const ticket = await portalDesk.server.database.db.selectFrom('tickets').selectAll().where('number', '=', number).executeTakeFirstOrThrow();
  expect(ticket.channel).toBe('chat');
  expect(ticket.title).toBe(question);
  await deskPage.getByTestId('search-input').fill(question);
  await deskPage.getByTestId('search-result').filter({ hasText: question }).first().click();
  await expect(deskPage.getByTestId('ticket-detail').getByText(answer)).toBeVisible();
  await deskPage.close();
  intranet.close();
});
