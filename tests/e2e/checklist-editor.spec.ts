import { expect, test } from './support/supervisor-host-fixture';
import { ChecklistEditorPage } from './pages/checklist-editor-pages';
import { ChecklistRunnerPane } from './pages/workflow-pages';
import { WorkstationPage } from './pages/workstation-page';

// Settings → Checklists as the supervisor: a cycle is refused on the step it names, the fix is saved as
// a new version, and the preview runs the template in the ticket's runner without recording anything.
test('checklist editor: cycle named on its step, fix saved as v2, preview runs', async ({ page, host }) => {
  const desk = new WorkstationPage(page);
  await desk.open(host.url);
  const editor = new ChecklistEditorPage(page);
  await editor.open();
  await expect(
    editor.root.locator('[data-testid="checklist-category"][data-category-id="cat-hw-printer"]'),
  ).toBeVisible();
  await editor.edit('chk-printer');
  await expect(editor.editor.getByTestId('checklist-status')).toHaveAttribute('data-valid', 'true');

  // clear-jam → panel-ok closes a loop: the error sits on panel-ok, in Spanish, and saving is refused.
  await editor.changeNode('clear-jam', (n) => ({ ...n, next: 'panel-ok' }));
  const cycle = editor.errorsOf('panel-ok').first();
  await expect(cycle).toHaveAttribute('data-code', 'checklist.cycle');
  await expect(cycle).toContainText(
    /^El paso «panel-ok» forma un ciclo: panel-ok → .*clear-jam → panel-ok\.$/,
  );
  await expect(editor.editor.getByTestId('checklist-preview')).toBeDisabled();
  await editor.save();
  await expect(editor.errorsOf('panel-ok').first()).toContainText('forma un ciclo');
  await expect(editor.editor.getByTestId('checklist-saved')).toHaveCount(0);
  await desk.screenshot('checklist-editor-cycle');

  // Fixed: saved as version 2; the list shows it and version 1 stays stored.
  await editor.changeNode('clear-jam', (n) => ({ ...n, next: 'test-page' }));
  await expect(editor.errorsOf('panel-ok')).toHaveCount(0);
  await editor.save();
  await expect(editor.editor.getByTestId('checklist-saved')).toHaveText('Guardado como versión 2.');
  await expect(editor.editor).toHaveAttribute('data-version', '2');
  await expect(
    editor.root.locator('[data-testid="checklist-template"][data-template-id="chk-printer"]'),
  ).toContainText('v2');

  // The preview: the runner, driven by the keyboard, up to the outcome; nothing is written.
  const before = await host.services.registry.dispatch('checklist.templates.list', {}, { transport: 'test' });
  await editor.editor.getByTestId('checklist-preview').click();
  const runner = new ChecklistRunnerPane(page);
  await expect(runner.runner).toBeVisible();
  await runner.press('panel-ok', 'n');
  await runner.press('panel-message', '4');
  await expect(runner.outcome).toHaveAttribute('data-outcome', 'escalate');
  await desk.screenshot('checklist-editor-preview');
  const after = await host.services.registry.dispatch('checklist.templates.list', {}, { transport: 'test' });
  expect(after).toEqual(before);
});
