import { expect, test } from './support/host-fixture';
import { WorkstationPage } from './pages/workstation-page';

// The foundation's end-to-end path, in real Chromium against the real main-process services
// (SQLite file, FTS index, mutations + outbox) through the browser host.
test.describe('agent workstation', () => {
  test('registers, categorizes and prioritizes a ticket, finds it, works it and switches language', async ({
    page,
    host,
  }) => {
    const desk = new WorkstationPage(page);
    await desk.open(host.url);
    await desk.showView('all_open');
    const openBefore = await desk.totalCount();
    expect(openBefore).toBeGreaterThan(100);
    await desk.screenshot('agent-workstation');

    // Bad input first: an empty form shows inline errors in Spanish and writes nothing.
    const form = await desk.newTicket();
    await form.submit();
    await expect(form.error('title')).toHaveText('Este campo es obligatorio.');
    await expect(form.field('title')).toHaveAttribute('aria-invalid', 'true');
    await desk.screenshot('new-ticket-errors-es');

    await form.fill({
      requester: 'a',
      channel: 'phone',
      title: 'La impresora del piso 7 imprime hojas en blanco',
      description: 'Desde esta mañana la impresora HP del piso 7 saca las hojas en blanco.',
      category: 'impres',
      impact: 'high',
      urgency: 'high',
    });
    await expect(form.priorityPreview()).toHaveAttribute('data-priority', 'P1');
    await desk.screenshot('new-ticket-filled');
    await form.submitAndWaitClosed();

    // The new ticket is open in the detail pane with a provisional number until it syncs.
    await expect(desk.detail.title()).toHaveText('La impresora del piso 7 imprime hojas en blanco');
    await expect(desk.detail.number()).toHaveText(/^~[0-9A-F]{6}$/);
    await expect(desk.total).toHaveAttribute('data-total', String(openBefore + 1));

    // Found through the local full-text index, accent-insensitively and while typing.
    await desk.searchFor('hojas en bla');
    await expect(desk.searchResults.first()).toContainText('piso 7');
    await desk.searchResults.first().click();
    await expect(desk.detail.title()).toHaveText('La impresora del piso 7 imprime hojas en blanco');

    await desk.detail.changeStatus('in_progress');
    await desk.detail.comment('Se reemplazó el tóner; se espera confirmación.', 'internal');
    await expect(
      desk.detail.root.getByTestId('comment').getByText('Se reemplazó el tóner; se espera confirmación.'),
    ).toBeVisible();
    await desk.detail.changeStatus('pending_requester', 'Esperando que el usuario pruebe');
    await desk.screenshot('ticket-worked-es');

    await desk.switchLanguage('en');
    await expect(page.getByTestId('new-ticket-button')).toContainText('New ticket');
    const english = await desk.newTicket();
    await english.submit();
    await expect(english.error('title')).toHaveText('This field is required.');
    await desk.screenshot('new-ticket-errors-en');
  });
});
