import { describe, expect, it } from 'vitest';
import type { Suggestions } from '../../../shared/api/workflow-schemas';
import type { Ticket } from '../../../shared/domain/ticket';
import { PRINTER_CHECKLIST } from '../../../shared/demo/checklists/printer';
import { createAppStore } from './create-app-store';
import { createFakeApi, pagedQueue, type FakeApi } from './fake-api';

function setup(extra: Parameters<typeof createFakeApi>[0] = {}): { api: FakeApi; store: ReturnType<typeof createAppStore> } {
  const ticket = { id: 't1', status: 'in_progress', categoryId: 'cat-hw-printer' } as Ticket;
  const api = createFakeApi({
    'queue.page': pagedQueue(3),
    'queue.counts': () => ({ mine: 1, group: 1, unassigned: 1, all_open: 3 }),
    'ticket.get': () => ({ ticket, requester: null, comments: [], events: [] }),
    'mutation.apply': () => ({ ticketIds: ['t1'], mutationId: 1 }),
    'checklist.templatesForTicket': () => [PRINTER_CHECKLIST],
    'checklist.runs': () => [],
    ...extra,
  });
  const store = createAppStore({ api, pageSize: 100 });
  store.setState((s) => ({ ticket: { ...s.ticket, selectedId: 't1', detail: { ticket, requester: null, comments: [], events: [] } } }));
  return { api, store };
}

describe('checklist slice', () => {
  it('paints the next step at once and sends the answers in order', async () => {
    const { api, store } = setup();
    await store.getState().loadChecklists('t1');
    expect(store.getState().checklist.templates.map((t) => t.id)).toEqual(['chk-printer']);
    const started = store.getState().startChecklist(PRINTER_CHECKLIST);
    store.getState().answerChecklist(false);
    // Synchronously on the next step, before any mutation came back.
    expect(store.getState().checklist.active?.run.position).toEqual({ type: 'step', id: 'panel-message' });
    store.getState().answerChecklist('jam');
    expect(store.getState().checklist.active?.run.position.id).toBe('clear-jam');
    await started;
    await new Promise((r) => setTimeout(r, 0));
    const sent = api.callsOf('mutation.apply').map((m) => m.name === 'checklist.answer' ? m.args.stepId : m.name);
    expect(sent).toEqual(['checklist.start', 'panel-ok', 'panel-message']);
  });

  it('goes back one step and answering there rewinds the run', async () => {
    const { store } = setup();
    await store.getState().loadChecklists('t1');
    void store.getState().startChecklist(PRINTER_CHECKLIST);
    store.getState().answerChecklist(true);
    store.getState().answerChecklist('one');
    store.getState().checklistBack();
    store.getState().checklistBack();
    expect(store.getState().checklist.active?.reviewIndex).toBe(0);
    store.getState().answerChecklist(false);
    const active = store.getState().checklist.active;
    expect(active?.run.answers).toEqual([{ stepId: 'panel-ok', answer: false }]);
    expect(active?.run.position.id).toBe('panel-message');
    expect(active?.reviewIndex).toBeNull();
  });

  it('an answer that does not fit the step is refused without sending anything', async () => {
    const { api, store } = setup();
    await store.getState().loadChecklists('t1');
    await store.getState().startChecklist(PRINTER_CHECKLIST);
    store.getState().answerChecklist('not-a-boolean');
    expect(store.getState().checklist.error?.code).toBe('checklist.invalid_answer');
    expect(api.callsOf('mutation.apply')).toHaveLength(1);
  });
});

describe('workflow slice', () => {
  it('escalates with the attached note first, then the escalation, and closes the dialog', async () => {
    const { api, store } = setup();
    store.getState().openWorkflowDialog({ name: 'escalate', draft: { kind: 'functional', toGroupId: 'g2', toLevel: null, reason: 'r' } });
    await store.getState().escalateTicket({ kind: 'functional', toGroupId: 'g2', toLevel: 'N2', reason: 'Sin red' }, 'Checklist…');
    const names = api.callsOf('mutation.apply').map((m) => m.name);
    expect(names).toEqual(['ticket.comment', 'ticket.escalate']);
    expect(api.callsOf('mutation.apply')[1]?.args).toMatchObject({ kind: 'functional', toGroupId: 'g2', toLevel: 'N2', reason: 'Sin red' });
    expect(store.getState().workflow.dialog).toBeNull();
  });

  it('keeps only the answer to the latest text and records whole documentation seconds', async () => {
    const answers: Array<(s: Suggestions) => void> = [];
    const { api, store } = setup({
      'diagnosis.suggest': () => new Promise<Suggestions>((resolve) => answers.push(resolve)),
    });
    const empty = (tag: string): Suggestions => ({ similar: [], knownErrors: [], checklists: [{ templateId: tag, version: 1, title: tag, categoryId: 'c' }] });
    const first = store.getState().suggest('impre', null, 't1');
    const second = store.getState().suggest('impresora', null, 't1');
    answers[1]?.(empty('new'));
    answers[0]?.(empty('old'));
    await Promise.all([first, second]);
    expect(store.getState().workflow.suggestions.result?.checklists[0]?.templateId).toBe('new');
    await store.getState().recordDocumentationTime('t1', 0.4);
    await store.getState().recordDocumentationTime('t1', 61.6);
    expect(api.callsOf('mutation.apply').map((m) => m.args)).toEqual([{ ticketId: 't1', seconds: 62 }]);
  });
});
