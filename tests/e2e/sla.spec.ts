import { expect, SLA_START, test } from './support/sla-host-fixture';
import { EscalationPrompt, SlaAdmin } from './pages/sla-pages';
import { WorkstationPage } from './pages/workstation-page';

const MINUTE = 60_000;

// The SLA path end to end: the real engine in the browser host on a frozen clock the test moves, the
// real renderer in Chromium with its own clock placed at the same instant.
test.describe('SLA', () => {
  test('countdown, warning notification, escalation prompt and escalation to a group', async ({
    page,
    sla,
  }) => {
    await page.clock.install({ time: new Date(SLA_START) });
    const id = await sla.createUrgentTicket('La VPN no conecta: cliente en reunión con el directorio');
    const desk = new WorkstationPage(page);
    await desk.open(sla.host.url);
    await desk.showView('mine');

    // P1: first response due in 15 business minutes (24×7): the row counts down, green.
    const badge = desk.rowFor(id).getByTestId('sla-badge');
    await expect(badge).toHaveAttribute('data-state', 'running');
    await expect(badge).toHaveText(/^1[45] min$/);

    // 12 minutes later the 75 % warning threshold (11 min 15 s) has passed.
    await sla.advance(12 * MINUTE);
    await page.clock.setSystemTime(new Date(Date.parse(SLA_START) + 12 * MINUTE));
    const shown = sla.host.notifier.shown.filter((n) => n.ticketId === id);
    expect(shown).toHaveLength(1);
    expect(shown[0]).toMatchObject({ title: expect.stringContaining('SLA en riesgo'), urgency: 'normal' });

    const prompt = new EscalationPrompt(page, id);
    await expect(prompt.root).toBeVisible();
    await expect(prompt.root).toContainText('SLA en riesgo');
    await expect(badge).toHaveAttribute('data-state', 'warning');
    await expect(badge).toHaveText(/^[23] min$/);
    await desk.screenshot('sla-prompt');

    // A reason is required; the suggested group comes from the category (network → Redes).
    await prompt.root.getByTestId('prompt-escalate').click();
    await expect(prompt.root.getByTestId('prompt-group')).toHaveValue('group-n2-network');
    await prompt.root.getByTestId('prompt-confirm').click();
    await expect(prompt.root.getByTestId('prompt-error')).toHaveText('Indique el motivo.');
    await prompt.root.getByTestId('prompt-back').click();
    await prompt.escalateToGroup('Falla del concentrador VPN: lo revisa Redes');

    // The choice is a mutation and an event: visible in the timeline, the alert acknowledged.
    await expect(desk.detail.root).toHaveAttribute('data-ticket-id', id);
    const escalated = desk.detail.root.locator('[data-testid="timeline-item"][data-kind="escalated"]');
    await expect(escalated).toContainText('escaló el ticket al grupo Redes (N2)');
    await expect(escalated).toContainText('Motivo: Falla del concentrador VPN: lo revisa Redes');
    await expect(
      desk.detail.root.locator('[data-testid="timeline-item"][data-kind="sla_alert_acknowledged"]'),
    ).toHaveCount(1);

    const panel = desk.detail.root.getByTestId('sla-panel');
    await expect(panel.locator('[data-testid="sla-target"][data-target="first_response"]')).toHaveAttribute(
      'data-state',
      'warning',
    );
    await expect(panel.getByTestId('sla-explanation')).toContainText(
      'Política «P1 · incident» (sla-p1-incident).',
    );
    await expect(panel.getByTestId('sla-span')).toHaveCount(1);
    await panel.scrollIntoViewIfNeeded();
    await desk.screenshot('sla-panel');
    await escalated.scrollIntoViewIfNeeded();
    await desk.screenshot('sla-escalated');
  });

  test('admin: an invalid calendar is refused naming the field; the policy tester explains its choice', async ({
    page,
    sla,
  }) => {
    await page.clock.install({ time: new Date(SLA_START) });
    const desk = new WorkstationPage(page);
    await desk.open(sla.host.url);
    const admin = new SlaAdmin(page);
    await admin.open();

    await admin.root.locator('[data-testid="calendar-item"][data-id="lima"]').click();
    const form = admin.root.getByTestId('calendar-form');
    await expect(form.getByTestId('calendar-timezone')).toHaveValue('America/Lima');
    await expect(form.getByTestId('preview-day')).toHaveCount(7);
    await desk.screenshot('sla-admin-calendar');

    await form.getByTestId('hours-mon-0-end').fill('25:00');
    await form.getByTestId('hours-tue-0-start').fill('14:00');
    await form.getByTestId('calendar-save').click();
    await expect(form.getByTestId('sla-form-error')).toContainText('No se guardó nada');
    await expect(admin.fieldErrors().first()).toContainText('hours.mon[0][1]: Hora no válida «25:00»');
    await expect(
      form.locator('[data-testid="sla-field-error"][data-path="hours.tue[0]"]').first(),
    ).toContainText('termina antes de empezar');
    await form.getByTestId('sla-form-error').scrollIntoViewIfNeeded();
    await desk.screenshot('sla-admin-errors');
    const stored = await sla.call<Array<{ id: string; calendar: { hours: { mon: string[][] } } }>>(
      'sla.calendars.list',
      {},
    );
    expect(stored.find((c) => c.id === 'lima')?.calendar.hours.mon[0]).toEqual(['08:00', '13:00']);

    await admin.tab('policies');
    const tester = admin.root.getByTestId('policy-tester');
    await tester.getByTestId('tester-organizationId').selectOption('org-northwind');
    await tester.getByTestId('tester-priority').selectOption('P1');
    await tester.getByTestId('tester-ticketType').selectOption('incident');
    await tester.getByTestId('tester-run').click();
    await expect(tester.getByTestId('tester-result')).toHaveAttribute('data-policy-id', 'sla-northwind-p1');
    await expect(tester.getByTestId('tester-result')).toContainText('pero coincide en organización');
    await desk.screenshot('sla-policy-tester');
  });
});
