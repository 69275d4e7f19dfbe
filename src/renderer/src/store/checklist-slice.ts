import type { ChecklistRunView } from '../../../shared/api/workflow-schemas';
import { newId } from '../../../shared/domain/ids';
import { answerStep, type ChecklistRun } from '../../../shared/workflow/checklist/checklist-runner';
import type { ChecklistAnswer, ChecklistTemplate } from '../../../shared/workflow/checklist/checklist-schema';
import type { SliceCreator } from './types';
import { toUiError, type UiError } from './ui-error';

/** The run on screen: advanced locally at once (the next step paints), its answers sent in order. */
export interface ActiveRun {
  run: ChecklistRun;
  template: ChecklistTemplate;
  /** Index into `run.answers` of the step being re-answered (going back), null at the current step. */
  reviewIndex: number | null;
}

export interface ChecklistState {
  ticketId: string | null;
  templates: ChecklistTemplate[];
  runs: ChecklistRunView[];
  active: ActiveRun | null;
  /** Answers sent but not yet applied: reloads wait for them so the screen never steps back. */
  inFlight: number;
  loading: boolean;
  error: UiError | null;
}

export interface ChecklistSlice {
  checklist: ChecklistState;
  loadChecklists(ticketId: string): Promise<void>;
  startChecklist(template: ChecklistTemplate): Promise<void>;
  resumeChecklist(runId: string): void;
  pauseChecklist(): void;
  answerChecklist(answer: ChecklistAnswer): void;
  /** Moves the view one answered step back (answering it there rewinds the run). */
  checklistBack(): void;
}

const EMPTY: ChecklistState = { ticketId: null, templates: [], runs: [], active: null, inFlight: 0, loading: false, error: null };

function toRun(view: ChecklistRunView): ChecklistRun {
  return { runId: view.runId, templateId: view.template.id, templateVersion: view.template.version, answers: view.answers, position: view.position };
}

export const createChecklistSlice: SliceCreator<ChecklistSlice> =
  ({ api }) =>
  (set, get) => {
    const patch = (change: Partial<ChecklistState>): void => set((s) => ({ checklist: { ...s.checklist, ...change } }));
    // Answers go out one after the other: each is checked against the run its predecessors left.
    let queue: Promise<void> = Promise.resolve();

    const send = (ticketId: string, request: Parameters<typeof api.invoke<'mutation.apply'>>[1]): void => {
      patch({ inFlight: get().checklist.inFlight + 1 });
      queue = queue
        .then(async () => {
          await api.invoke('mutation.apply', request);
        })
        .catch((error: unknown) => patch({ error: toUiError(error) }))
        .finally(() => {
          patch({ inFlight: get().checklist.inFlight - 1 });
          if (get().checklist.inFlight === 0 && get().checklist.ticketId === ticketId) void get().loadChecklists(ticketId);
        });
    };

    return {
      checklist: EMPTY,

      async loadChecklists(ticketId) {
        if (get().checklist.ticketId !== ticketId) set({ checklist: { ...EMPTY, ticketId, loading: true } });
        try {
          const [templates, runs] = await Promise.all([
            api.invoke('checklist.templatesForTicket', { ticketId }),
            api.invoke('checklist.runs', { ticketId }),
          ]);
          const state = get().checklist;
          if (state.ticketId !== ticketId || state.inFlight > 0) return;
          const current = state.active ? runs.find((r) => r.runId === state.active?.run.runId) : undefined;
          const active = current
            ? { run: toRun(current), template: current.template, reviewIndex: state.active?.reviewIndex ?? null }
            : state.active;
          patch({ templates, runs, active, loading: false, error: null });
        } catch (error) {
          if (get().checklist.ticketId === ticketId) patch({ loading: false, error: toUiError(error) });
        }
      },

      async startChecklist(template) {
        const ticketId = get().checklist.ticketId;
        if (!ticketId) return;
        const runId = newId();
        const run: ChecklistRun = {
          runId,
          templateId: template.id,
          templateVersion: template.version,
          answers: [],
          position: { type: template.steps.some((s) => s.id === template.start) ? 'step' : 'outcome', id: template.start },
        };
        patch({ active: { run, template, reviewIndex: null }, error: null });
        send(ticketId, { name: 'checklist.start', args: { ticketId, runId, templateId: template.id, templateVersion: template.version } });
        await queue;
      },

      resumeChecklist(runId) {
        const view = get().checklist.runs.find((r) => r.runId === runId);
        if (view) patch({ active: { run: toRun(view), template: view.template, reviewIndex: null } });
      },

      pauseChecklist() {
        patch({ active: null });
      },

      answerChecklist(answer) {
        const { ticketId, active } = get().checklist;
        if (!ticketId || !active) return;
        const stepId =
          active.reviewIndex !== null ? active.run.answers[active.reviewIndex]?.stepId : active.run.position.type === 'step' ? active.run.position.id : undefined;
        if (!stepId) return;
        let next: ChecklistRun;
        try {
          next = answerStep(active.run, active.template, stepId, answer);
        } catch (error) {
          patch({ error: toUiError(error) });
          return;
        }
        patch({ active: { ...active, run: next, reviewIndex: null }, error: null });
        send(ticketId, { name: 'checklist.answer', args: { ticketId, runId: next.runId, stepId, answer } });
      },

      checklistBack() {
        const { active } = get().checklist;
        if (!active || active.run.answers.length === 0) return;
        const current = active.reviewIndex ?? active.run.answers.length;
        patch({ active: { ...active, reviewIndex: Math.max(0, current - 1) } });
      },
    };
  };
