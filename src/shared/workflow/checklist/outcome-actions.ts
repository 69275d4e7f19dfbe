import type { Language } from '../../domain/localized-text';
import { reachedOutcome, type ChecklistRun } from './checklist-runner';
import type { ChecklistTemplate } from './checklist-schema';

/**
 * What the agent is offered when a run reaches its outcome, as ready mutation args. The agent confirms
 * (and may edit) before anything is sent: an outcome never resolves or escalates a ticket by itself.
 */
export type OutcomeAction =
  | {
      kind: 'resolve';
      /** `ticket.resolve` args; the code is the template's suggestion (null: the agent picks one). */
      args: { ticketId: string; resolutionCode: string | null; solution: string; firstContact: boolean };
    }
  | {
      kind: 'escalate';
      /** `ticket.escalate` args: a functional escalation to the outcome's group. */
      args: { ticketId: string; kind: 'functional'; toGroupId: string; reason: string };
    }
  | {
      kind: 'ask_requester';
      /** The public comment to send, then `ticket.setStatus` to pending_requester. */
      message: string;
      thenStatus: 'pending_requester';
    };

export function suggestOutcomeAction(
  run: ChecklistRun,
  template: ChecklistTemplate,
  ticketId: string,
  language: Language,
  /** Whether the agent is still in the first contact (the default of the FCR checkbox). */
  firstContact: boolean,
): OutcomeAction | null {
  const outcome = reachedOutcome(run, template);
  if (!outcome) return null;
  switch (outcome.kind) {
    case 'resolved':
      return {
        kind: 'resolve',
        args: { ticketId, resolutionCode: outcome.resolutionCode ?? null, solution: outcome.solution[language], firstContact },
      };
    case 'escalate':
      return { kind: 'escalate', args: { ticketId, kind: 'functional', toGroupId: outcome.groupId, reason: outcome.reason[language] } };
    case 'ask_requester':
      return { kind: 'ask_requester', message: outcome.request[language], thenStatus: 'pending_requester' };
  }
}
