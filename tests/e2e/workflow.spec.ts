import type { Page } from '@playwright/test';
import type { BrowserHost } from '../../src/main/host/browser-host';
import { WorkflowPages } from './pages/workflow-pages';
import { WorkstationPage } from './pages/workstation-page';
import { expect, test } from './support/workflow-server';

const SHOT = (name: string) => `tests/screenshots/workflow-${name}.png`;

async function openTicket(page: Page, host: BrowserHost, title: string): Promise<WorkstationPage> {
  const desk = new WorkstationPage(page);
  await page.goto(host.url);
  await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'online', { timeout: 20_000 });
  await desk.search.fill(title);
  await page.getByTestId('search-result').filter({ hasText: title }).first().click();
  await expect(desk.detail.title()).toHaveText(title);
  return desk;
}

/**
 * The first-line workflow in Chromium against a real server seeded with the demo desk and its
 * checklists (docs/workflow.md): diagnosis to a resolution, diagnosis to an escalation received by N2
 * with the checklist on top, a hierarchical escalation reaching the supervisor, a problem from three
 * incidents.
 */
test.describe('first-line workflow', () => {
  test('an N1 agent runs the printer checklist with the keyboard to a resolution', async ({ page, workflow }) => {
    const ana = await workflow.desk('ana');
    const title = 'Impresora de Contabilidad atasca el papel';
    const id = await workflow.createIncident(ana, { title });
    const desk = await openTicket(page, ana, title);
    const wf = new WorkflowPages(page);

    await wf.checklist.start('chk-printer');
    await wf.checklist.press('panel-ok', 'y');
    // Wrong answer: go back and answer again (the run rewinds).
    await wf.checklist.press('scope', 'Backspace');
    await wf.checklist.press('panel-ok', 'n');
    await wf.checklist.press('panel-message', '1');
    await wf.checklist.press('clear-jam', 'Enter');
    await expect(wf.checklist.step).toHaveAttribute('data-step-id', 'test-page');
    await page.screenshot({ path: SHOT('checklist-runner') });
    await wf.checklist.press('test-page', 's');
    await wf.checklist.expectOutcome('resolve');
    await page.getByTestId('outcome-resolve').click();
    await expect(wf.resolveDialog.getByTestId('resolve-code')).toHaveValue('guided_user');
    await expect(wf.resolveDialog.getByTestId('resolve-solution')).toHaveValue(/página de prueba/);
    await expect(wf.resolveDialog.getByTestId('resolve-first-contact')).toBeChecked();
    await page.screenshot({ path: SHOT('resolve-dialog') });
    await wf.resolveDialog.getByTestId('resolve-submit').click();
    await expect(desk.detail.root).toHaveAttribute('data-status', 'resolved');
    await expect(desk.detail.root.locator('[data-testid="timeline-item"][data-kind="resolution_recorded"]')).toHaveCount(1);

    await workflow.settle(ana);
    const events = (await workflow.call<{ events: Array<{ data: { kind: string } }> }>(ana, 'ticket.get', { id })).events;
    expect(events.filter((e) => e.data.kind === 'checklist_answered')).toHaveLength(5);
    await expect(page.getByTestId('sync-pending')).toHaveText('Pendientes: 0', { timeout: 15_000 });
    await desk.detail.root.getByTestId('timeline-filter').selectOption('checklist');
    await expect(desk.detail.root.locator('[data-testid="timeline-item"][data-kind="status_changed"]')).toHaveCount(0);
    await expect(desk.detail.root.getByTestId('timeline-origin').first()).toContainText('en línea');
    await ana.close();
  });

  test('an N1 agent escalates from the checklist and N2 gets it with the checklist result on top', async ({ page, workflow }) => {
    const luis = await workflow.desk('luis');
    const title = 'Nadie del piso 4 puede imprimir';
    const id = await workflow.createIncident(luis, { title });
    await openTicket(page, luis, title);
    const wf = new WorkflowPages(page);
    await wf.checklist.start('chk-printer');
    await wf.checklist.press('panel-ok', 'y');
    await wf.checklist.press('scope', '2');
    await wf.checklist.press('ping', 'n');
    await wf.checklist.press('cable', 'y');
    await wf.checklist.expectOutcome('escalate');
    await page.getByTestId('outcome-escalate').click();
    await expect(wf.escalateDialog.getByTestId('escalate-group')).toHaveValue('group-n2-network');
    await expect(wf.escalateDialog.getByTestId('escalate-checklist')).toContainText('¿La impresora responde al ping');
    await page.screenshot({ path: SHOT('escalate-dialog') });
    await wf.escalateDialog.getByTestId('escalate-reason').fill('');
    await wf.escalateDialog.getByTestId('escalate-submit').click();
    await expect(wf.escalateDialog.getByTestId('escalate-reason-error')).toBeVisible();
    await wf.escalateDialog.getByTestId('escalate-reason').fill('No responde en la red con el cable conectado.');
    await wf.escalateDialog.getByTestId('escalate-submit').click();
    await expect(wf.escalateDialog).toBeHidden();
    await workflow.settle(luis);
    await expect(page.getByTestId('sync-pending')).toHaveText('Pendientes: 0', { timeout: 15_000 });
    await luis.close();

    const diego = await workflow.desk('diego');
    await page.goto(diego.url);
    await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'online', { timeout: 20_000 });
    await wf.openEscalatedToUs();
    await wf.escalatedRow(id).click();
    await expect(wf.brief).toBeVisible();
    await expect(wf.brief.getByTestId('escalation-brief-reason')).toContainText('No responde en la red');
    const checklist = wf.brief.getByTestId('escalation-brief-checklist');
    await expect(checklist).toContainText('¿Quién no puede imprimir?');
    await expect(checklist).toContainText('Todos los que usan la impresora');
    // The brief comes before everything else in the detail.
    const order = await page.getByTestId('ticket-detail').evaluate((el) => {
      const brief = el.querySelector('[data-testid="escalation-brief"]');
      const checklistPanel = el.querySelector('[data-testid="checklist-panel"]');
      return brief && checklistPanel ? brief.compareDocumentPosition(checklistPanel) & Node.DOCUMENT_POSITION_FOLLOWING : 0;
    });
    expect(order).toBeTruthy();
    await page.screenshot({ path: SHOT('escalated-to-us') });
    await diego.close();
  });

  test('a supervisor receives a hierarchical escalation', async ({ page, workflow }) => {
    const ana = await workflow.desk('ana');
    const title = 'Gerencia sin impresora antes del directorio';
    const id = await workflow.createIncident(ana, { title });
    await openTicket(page, ana, title);
    const wf = new WorkflowPages(page);
    await wf.escalate({ kind: 'hierarchical', reason: 'Usuario VIP: directorio en una hora.' });
    await expect(wf.escalateDialog).toBeHidden();
    await workflow.settle(ana);
    await expect(page.getByTestId('sync-pending')).toHaveText('Pendientes: 0', { timeout: 15_000 });
    await ana.close();

    const raul = await workflow.desk('raul');
    await page.goto(raul.url);
    await expect(page.getByTestId('sync-indicator')).toHaveAttribute('data-state', 'online', { timeout: 20_000 });
    await wf.openEscalatedToUs();
    const row = wf.escalatedRow(id);
    await expect(row).toHaveAttribute('data-kind', 'hierarchical');
    await row.click();
    await expect(wf.brief).toHaveAttribute('data-kind', 'hierarchical');
    await expect(wf.brief).toContainText('Usuario VIP');
    await page.screenshot({ path: SHOT('hierarchical') });
    await raul.close();
  });

  test('an agent links three incidents to a new problem', async ({ page, workflow }) => {
    const ana = await workflow.desk('ana');
    const titles = ['Tóner falla en impresora A', 'Tóner falla en impresora B', 'Tóner falla en impresora C'];
    const ids: string[] = [];
    for (const title of titles) ids.push(await workflow.createIncident(ana, { title }));
    const desk = await openTicket(page, ana, titles[0]!);
    const wf = new WorkflowPages(page);
    await page.getByTestId('open-create-problem').click();
    await expect(wf.problemDialog).toBeVisible();
    await wf.problemDialog.getByTestId('problem-title').fill('Lote de tóner defectuoso');
    for (const title of titles.slice(1)) {
      await wf.problemDialog.getByTestId('problem-incident-search').fill(title);
      await wf.problemDialog.getByTestId('problem-incident-hit').filter({ hasText: title }).click();
    }
    await expect(wf.problemDialog.getByTestId('problem-incident')).toHaveCount(3);
    await page.screenshot({ path: SHOT('create-problem') });
    await wf.problemDialog.getByTestId('problem-submit').click();
    await expect(wf.problemDialog).toBeHidden();
    await expect(desk.detail.title()).toHaveText('Lote de tóner defectuoso');
    await expect(page.getByTestId('problem-linked-incident')).toHaveCount(3);
    await page.getByTestId('problem-workaround').fill('Usar cartuchos del lote 2026-11.');
    await page.getByTestId('problem-known-error').check();
    await page.getByTestId('problem-save').click();
    await expect(desk.detail.root.locator('[data-testid="timeline-item"][data-kind="problem_updated"]')).toHaveCount(1);
    await page.screenshot({ path: SHOT('problem') });
    await workflow.settle(ana);
    for (const id of ids) {
      const { ticket } = await workflow.call<{ ticket: { problemId: string | null } }>(ana, 'ticket.get', { id });
      expect(ticket.problemId).not.toBeNull();
    }
    await ana.close();
  });
});
