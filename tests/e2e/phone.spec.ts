import { NewTicketForm } from './pages/new-ticket-form';
import { WorkstationPage } from './pages/workstation-page';
import { expect, test } from './support/host-fixture';

/**
 * "Log a call" (docs/channels.md, Phone) in Chromium against the real main-process services: the
 * timer runs ringing → talking → ended, "Create ticket" opens the New ticket form prefilled with
 * channel phone and the caller, and saving logs the call on the new ticket's history.
 */
test('logs a phone call with its times and creates the phone ticket from it', async ({ page, host }) => {
  await page.goto(host.url);
  await page.getByTestId('log-call-button').click();
  const dialog = page.getByTestId('log-call-dialog');
  await expect(dialog.getByTestId('call-phase')).toHaveAttribute('data-phase', 'ringing');
  await dialog.getByTestId('call-answer').click();
  await expect(dialog.getByTestId('call-phase')).toHaveAttribute('data-phase', 'talking');
  await expect(dialog.getByTestId('call-timer')).toHaveText(/^0:0[1-9]$/, { timeout: 5_000 });

  await dialog.getByRole('combobox', { name: 'Quién llama' }).fill('a');
  await page.getByTestId('requester-option').first().click();
  await dialog.getByTestId('call-notes').fill('No puede imprimir la factura');
  await page.screenshot({ path: 'tests/screenshots/phone-log-call.png' });
  await dialog.getByTestId('call-create-ticket').click();

  const form = new NewTicketForm(page);
  await expect(form.field('channel')).toHaveValue('phone');
  await expect(form.field('requesterId')).not.toHaveValue('');
  await expect(form.field('description')).toHaveValue('No puede imprimir la factura');
  const title = 'Llamada: la impresora no imprime facturas';
  await form.field('title').fill(title);
  await form.chooseCategory('Impres');
  await page.getByTestId('submit-ticket').click();

  await expect(dialog.getByTestId('call-ticket')).toContainText('Ticket ~');
  await expect(dialog.getByTestId('call-phase')).toHaveAttribute('data-phase', 'talking');
  await dialog.getByTestId('call-hang-up').click();
  await expect(dialog.getByTestId('call-phase')).toHaveAttribute('data-phase', 'ended');
  await dialog.getByTestId('call-save').click();
  await expect(dialog).toBeHidden();

  await page.getByTestId('log-call-button').click();
  await expect(page.getByTestId('recent-calls')).toContainText(title);
  await page.getByTestId('call-discard').click();

  await new WorkstationPage(page).search.fill(title);
  await page.getByTestId('search-result').filter({ hasText: title }).first().click();
  await expect(page.locator('[data-testid="timeline-item"][data-kind="call_logged"]')).toHaveCount(1);
  await expect(page.locator('[data-testid="timeline-item"][data-kind="call_logged"]')).toContainText(
    'Entrante',
  );
});
