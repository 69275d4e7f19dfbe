import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PRINTER_CHECKLIST } from '../../shared/demo/checklists/printer';
import { createSeededIdGenerator } from '../../shared/domain/ids';
import { latestRecordedRun } from '../../shared/workflow/checklist/checklist-events';
import { resumeRun } from '../../shared/workflow/checklist/checklist-runner';
import type { ChecklistTemplate } from '../../shared/workflow/checklist/checklist-schema';
import { formatRunSummary, summarizeRun } from '../../shared/workflow/checklist/checklist-summary';
import { applyLocalMutation } from './apply-local-mutation';
import type { StoreHandle } from './open-database';
import { createSqliteMutationTx } from './sqlite-mutation-tx';
import { createTestContext, createTestStore } from './testing/create-test-store';
import { saveChecklistTemplates } from './workflow-rows';

// checklist.start / checklist.answer (and the escalation that follows) through the real SQLite store.
describe('checklist mutations on the local store', () => {
  let store: StoreHandle;
  const ids = createSeededIdGenerator(11);
  const ticketId = ids();
  const runId = ids();
  const run = (name: string, args: unknown) => applyLocalMutation(store.db, createTestContext({}, ids), name, args);
  const answer = (stepId: string, value: unknown) => run('checklist.answer', { ticketId, runId, stepId, answer: value });
  const events = () => createSqliteMutationTx(store.db).listTicketEvents(ticketId);
  const outboxSize = async () => (await store.db.selectFrom('outbox').select('mutation_id').execute()).length;

  beforeEach(async () => {
    store = await createTestStore();
    await saveChecklistTemplates(store.db, [PRINTER_CHECKLIST], '2026-11-01T00:00:00Z');
    await run('ticket.create', {
      id: ticketId,
      type: 'incident',
      title: 'La impresora no imprime',
      description: '',
      requesterId: 'req-lucia',
      organizationId: 'org-acme',
      areaId: null,
      channel: 'phone',
      categoryId: 'cat-hw-printer',
      impact: 'medium',
      urgency: 'medium',
    });
    await run('checklist.start', { ticketId, runId, templateId: 'chk-printer', templateVersion: 1 });
  });
  afterEach(() => store.close());

  it('records the start and each answer as events, with where the answer led', async () => {
    await answer('panel-ok', false);
    await answer('panel-message', 'jam');
    const kinds = (await events()).map((e) => e.data);
    expect(kinds.slice(1)).toEqual([
      { kind: 'checklist_started', runId, templateId: 'chk-printer', templateVersion: 1 },
      { kind: 'checklist_answered', runId, stepId: 'panel-ok', answer: false, next: { type: 'step', id: 'panel-message' } },
      { kind: 'checklist_answered', runId, stepId: 'panel-message', answer: 'jam', next: { type: 'step', id: 'clear-jam' } },
    ]);
  });

  it('refuses an answer that does not fit, or for a step that is not current, and writes nothing', async () => {
    const before = await outboxSize();
    await expect(answer('panel-ok', 'maybe')).rejects.toMatchObject({ code: 'checklist.invalid_answer' });
    await expect(answer('test-page', true)).rejects.toMatchObject({ code: 'checklist.step_not_current' });
    await expect(run('checklist.answer', { ticketId, runId: ids(), stepId: 'panel-ok', answer: true })).rejects.toMatchObject({
      code: 'checklist.run_not_found',
    });
    expect(await outboxSize()).toBe(before);
    expect((await events()).length).toBe(2);
  });

  it('refuses an unknown template version and a run id used twice', async () => {
    await expect(run('checklist.start', { ticketId, runId: ids(), templateId: 'chk-printer', templateVersion: 9 })).rejects.toMatchObject({
      code: 'checklist.template_not_found',
      params: { templateId: 'chk-printer', version: 9 },
    });
    await expect(run('checklist.start', { ticketId, runId, templateId: 'chk-printer', templateVersion: 1 })).rejects.toMatchObject({
      code: 'checklist.run_exists',
    });
  });

  it('keeps answering with the version the run started with after a new version is published', async () => {
    // v2 sends "panel shows nothing" straight to the field team.
    const v2: ChecklistTemplate = {
      ...PRINTER_CHECKLIST,
      version: 2,
      steps: PRINTER_CHECKLIST.steps.map((s) =>
        s.id === 'panel-message' && s.kind === 'choice'
          ? { ...s, options: s.options.map((o) => (o.id === 'dark' ? { ...o, next: 'o-field' } : o)) }
          : s,
      ),
    };
    await saveChecklistTemplates(store.db, [v2], '2026-11-20T00:00:00Z');
    await answer('panel-ok', false);
    await answer('panel-message', 'dark');
    expect((await events()).at(-1)?.data).toMatchObject({ next: { type: 'step', id: 'power-cycle' } });
  });

  it('resumes a paused run and rewinds when an earlier answer changes', async () => {
    await answer('panel-ok', true);
    await answer('scope', 'all');
    // "Paused": nothing to record. Later the agent goes back and changes the first answer.
    await answer('panel-ok', false);
    const recorded = latestRecordedRun(await events());
    if (!recorded) throw new Error('run missing');
    const resumed = resumeRun(PRINTER_CHECKLIST, runId, recorded.answers);
    expect(resumed.answers.map((a) => a.stepId)).toEqual(['panel-ok']);
    expect(resumed.position).toEqual({ type: 'step', id: 'panel-message' });
  });

  it('escalates only with a reason, and the checklist result is there for the next level', async () => {
    await answer('panel-ok', true);
    await answer('scope', 'all');
    await answer('ping', false);
    await answer('cable', true);
    await expect(run('ticket.escalate', { ticketId, kind: 'functional', toGroupId: 'group-net', reason: '   ' })).rejects.toMatchObject({
      code: 'mutation.invalid_args',
    });
    await run('ticket.escalate', { ticketId, kind: 'functional', toGroupId: 'group-net', toLevel: 'N2', reason: 'Impresora sin red' });
    const history = await events();
    expect(history.at(-1)?.data).toMatchObject({ kind: 'escalated', escalation: 'functional', to: { groupId: 'group-net', level: 'N2' } });
    const recorded = latestRecordedRun(history);
    if (!recorded) throw new Error('run missing');
    const summary = summarizeRun(resumeRun(PRINTER_CHECKLIST, runId, recorded.answers), PRINTER_CHECKLIST, 'en');
    expect(summary.outcome).toMatchObject({ kind: 'escalate', groupId: 'group-n2-network' });
    expect(formatRunSummary(summary, 'en').split('\n')).toHaveLength(6);
  });
});
