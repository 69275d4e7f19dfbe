import { z } from 'zod';
import { MesaError } from '../../errors';
import { findRecordedRun } from '../../workflow/checklist/checklist-events';
import { loadChecklistTemplate } from './checklist-helpers';
import { defineMutator } from './define-mutator';
import { assertEditable, loadTicket, recordEvent } from './ticket-helpers';

export const ChecklistStartArgsSchema = z.strictObject({
  ticketId: z.string().min(1),
  /** Made by the client, so the answers that follow (even offline) can name the run. */
  runId: z.uuid(),
  templateId: z.string().min(1).max(100),
  /** The version the run keeps to the end, whatever is published meanwhile. */
  templateVersion: z.number().int().positive(),
});

/** Starts a diagnosis checklist on a ticket. Only an event: the ticket itself does not change. */
export const checklistStart = defineMutator({
  name: 'checklist.start',
  args: ChecklistStartArgsSchema,
  async apply(tx, ctx, args) {
    const ticket = await loadTicket(tx, args.ticketId);
    assertEditable(ticket);
    await loadChecklistTemplate(tx, args.templateId, args.templateVersion);
    if (findRecordedRun(await tx.listTicketEvents(ticket.id), args.runId)) {
      throw new MesaError('checklist.run_exists', { runId: args.runId });
    }
    await recordEvent(tx, ctx, ticket.id, {
      kind: 'checklist_started',
      runId: args.runId,
      templateId: args.templateId,
      templateVersion: args.templateVersion,
    });
    return { ticketIds: [ticket.id] };
  },
});
