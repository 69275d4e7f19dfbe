import { z } from 'zod';
import { MesaError } from '../../errors';
import { findRecordedRun } from '../../workflow/checklist/checklist-events';
import { answerStep, resumeRun } from '../../workflow/checklist/checklist-runner';
import { ChecklistAnswerSchema, ChecklistNodeIdSchema } from '../../workflow/checklist/checklist-schema';
import { loadChecklistTemplate } from './checklist-helpers';
import { defineMutator } from './define-mutator';
import { assertEditable, loadTicket, recordEvent } from './ticket-helpers';

export const ChecklistAnswerArgsSchema = z.strictObject({
  ticketId: z.string().min(1),
  runId: z.uuid(),
  stepId: ChecklistNodeIdSchema,
  /** yes/no and check: boolean; choice: option id; number: number; text: string; instruction: true. */
  answer: ChecklistAnswerSchema,
});

/**
 * One answer, one event. The run is rebuilt from its recorded answers against the template version it
 * started with, so an answer that does not fit (wrong step, wrong type, outside the bounds) is refused
 * here and on the server alike. Answering an earlier step of the path changes that answer (rewind).
 * Pausing needs nothing: a run without an outcome is paused, and resumes from its answers.
 */
export const checklistAnswer = defineMutator({
  name: 'checklist.answer',
  args: ChecklistAnswerArgsSchema,
  async apply(tx, ctx, args) {
    const ticket = await loadTicket(tx, args.ticketId);
    assertEditable(ticket);
    const recorded = findRecordedRun(await tx.listTicketEvents(ticket.id), args.runId);
    if (!recorded) throw new MesaError('checklist.run_not_found', { runId: args.runId });
    const template = await loadChecklistTemplate(tx, recorded.templateId, recorded.templateVersion);
    const run = answerStep(resumeRun(template, recorded.runId, recorded.answers), template, args.stepId, args.answer);
    await recordEvent(tx, ctx, ticket.id, {
      kind: 'checklist_answered',
      runId: args.runId,
      stepId: args.stepId,
      answer: typeof args.answer === 'string' ? args.answer.trim() : args.answer,
      next: run.position,
    });
    return { ticketIds: [ticket.id] };
  },
});
