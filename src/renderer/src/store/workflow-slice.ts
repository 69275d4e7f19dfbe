import type { EscalatedRow, Suggestions } from '../../../shared/api/workflow-schemas';
import { newId } from '../../../shared/domain/ids';
import type { Level } from '../../../shared/domain/ticket-enums';
import type { AgentAvailability } from '../../../shared/workflow/assignment/assignment-types';
import type { Macro } from '../../../shared/workflow/macros';
import type { ResolutionCode } from '../../../shared/workflow/resolution-codes';
import type { SliceCreator } from './types';
import { toUiError, type UiError } from './ui-error';

export interface ResolveDraft {
  resolutionCode: string | null;
  solution: string;
  firstContact: boolean;
}
export interface EscalateDraft {
  kind: 'functional' | 'hierarchical';
  toGroupId: string | null;
  toLevel: Level | null;
  reason: string;
}
export type WorkflowDialog =
  | { name: 'resolve'; draft: ResolveDraft }
  | { name: 'escalate'; draft: EscalateDraft }
  | { name: 'createProblem'; incidents: IncidentRef[] };

export interface IncidentRef {
  id: string;
  displayNumber: string;
  title: string;
}

export interface WorkflowState {
  dialog: WorkflowDialog | null;
  codes: ResolutionCode[];
  macros: Macro[];
  availability: AgentAvailability;
  /** Set to away by idle detection (so activity brings the agent back). */
  autoAway: boolean;
  escalatedView: boolean;
  escalated: { rows: EscalatedRow[]; loading: boolean; error: UiError | null };
  suggestions: { text: string; result: Suggestions | null };
}

export interface WorkflowSlice {
  workflow: WorkflowState;
  loadWorkflowReference(): Promise<void>;
  openWorkflowDialog(dialog: WorkflowDialog): void;
  closeWorkflowDialog(): void;
  resolveTicket(args: { resolutionCode: string; solution: string; firstContact: boolean }): Promise<void>;
  escalateTicket(draft: EscalateDraft, note: string | null): Promise<void>;
  askRequester(message: string): Promise<void>;
  createProblem(args: { title: string; description: string; incidentIds: string[] }): Promise<string>;
  linkProblem(problemId: string, incidentId: string): Promise<void>;
  unlinkProblem(problemId: string, incidentId: string): Promise<void>;
  updateProblem(args: { problemId: string; rootCause: string; workaround: string; knownError: boolean }): Promise<void>;
  setAvailability(availability: AgentAvailability, auto?: boolean): Promise<void>;
  showEscalated(show: boolean): void;
  loadEscalated(): Promise<void>;
  suggest(text: string, categoryId: string | null, ticketId: string | null): Promise<void>;
  recordDocumentationTime(ticketId: string, seconds: number): Promise<void>;
}

export const createWorkflowSlice: SliceCreator<WorkflowSlice> =
  ({ api }) =>
  (set, get) => {
    const patch = (change: Partial<WorkflowState>): void => set((s) => ({ workflow: { ...s.workflow, ...change } }));
    const ticketId = (): string => {
      const id = get().ticket.detail?.ticket.id;
      if (!id) throw new Error('no ticket open');
      return id;
    };

    return {
      workflow: {
        dialog: null,
        codes: [],
        macros: [],
        availability: 'available',
        autoAway: false,
        escalatedView: false,
        escalated: { rows: [], loading: false, error: null },
        suggestions: { text: '', result: null },
      },

      async loadWorkflowReference() {
        const [codes, macros, { availability }] = await Promise.all([
          api.invoke('resolution.codes', {}),
          api.invoke('macros.list', {}),
          api.invoke('availability.get', {}),
        ]);
        patch({ codes, macros, availability });
      },

      openWorkflowDialog(dialog) {
        patch({ dialog });
      },
      closeWorkflowDialog() {
        patch({ dialog: null });
      },

      async resolveTicket(args) {
        await get().mutate({ name: 'ticket.resolve', args: { ticketId: ticketId(), ...args } });
        patch({ dialog: null });
      },

      async escalateTicket(draft, note) {
        const id = ticketId();
        // The checklist result and the SLA state travel with the escalation as an internal note.
        if (note) await api.invoke('mutation.apply', { name: 'ticket.comment', args: { ticketId: id, commentId: newId(), body: note, visibility: 'internal' } });
        await get().mutate({
          name: 'ticket.escalate',
          args: {
            ticketId: id,
            kind: draft.kind,
            reason: draft.reason,
            ...(draft.kind === 'functional' && draft.toGroupId ? { toGroupId: draft.toGroupId } : {}),
            ...(draft.kind === 'functional' && draft.toLevel ? { toLevel: draft.toLevel } : {}),
          },
        });
        patch({ dialog: null });
      },

      async askRequester(message) {
        const id = ticketId();
        await api.invoke('mutation.apply', { name: 'ticket.comment', args: { ticketId: id, commentId: newId(), body: message, visibility: 'public' } });
        await get().mutate({ name: 'ticket.setStatus', args: { ticketId: id, to: 'pending_requester', reason: message.slice(0, 200) } });
      },

      async createProblem({ title, description, incidentIds }) {
        const problemId = newId();
        await get().mutate({ name: 'problem.create', args: { problemId, title, description, incidentIds } });
        patch({ dialog: null });
        return problemId;
      },
      async linkProblem(problemId, incidentId) {
        await get().mutate({ name: 'problem.link', args: { problemId, incidentId } });
      },
      async unlinkProblem(problemId, incidentId) {
        await get().mutate({ name: 'problem.unlink', args: { problemId, incidentId } });
      },
      async updateProblem({ problemId, rootCause, workaround, knownError }) {
        await get().mutate({ name: 'problem.update', args: { problemId, rootCause, workaround, knownError } });
      },

      async setAvailability(availability, auto = false) {
        patch({ availability, autoAway: auto && availability === 'away' });
        await api.invoke('availability.set', { availability });
      },

      showEscalated(show) {
        patch({ escalatedView: show });
        if (show) void get().loadEscalated();
      },
      async loadEscalated() {
        patch({ escalated: { ...get().workflow.escalated, loading: true } });
        try {
          const rows = await api.invoke('escalation.toUs', {});
          patch({ escalated: { rows, loading: false, error: null } });
        } catch (error) {
          patch({ escalated: { rows: [], loading: false, error: toUiError(error) } });
        }
      },

      async suggest(text, categoryId, forTicket) {
        patch({ suggestions: { ...get().workflow.suggestions, text } });
        const result = await api.invoke('diagnosis.suggest', { text: text.slice(0, 4000), categoryId, ticketId: forTicket, limit: 5 });
        // A slower answer to an older text never replaces a newer one.
        if (get().workflow.suggestions.text === text) patch({ suggestions: { text, result } });
      },

      async recordDocumentationTime(id, seconds) {
        const whole = Math.min(8 * 3600, Math.round(seconds));
        if (whole < 1) return;
        await api.invoke('mutation.apply', { name: 'ticket.recordDocumentationTime', args: { ticketId: id, seconds: whole } });
      },
    };
  };
