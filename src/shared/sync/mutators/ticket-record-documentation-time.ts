import { z } from 'zod';
import { defineMutator } from './define-mutator';
import { loadTicket, recordEvent } from './ticket-helpers';

/** One editing session at most: the editor flushes at least when the agent leaves the ticket. */
export const DOCUMENTATION_SECONDS_MAX = 8 * 3600;

export const TicketRecordDocumentationTimeArgsSchema = z.strictObject({
  ticketId: z.string().min(1),
  seconds: z.number().int().positive().max(DOCUMENTATION_SECONDS_MAX),
});

/**
 * Adds active documentation time measured by the ticket editor (focused editing; idle > 60 s pauses
 * it). Additive, so two devices never conflict; the KPI sums the events. Only an event, accepted in
 * any status: the last notes may be written as the ticket is being closed.
 */
export const ticketRecordDocumentationTime = defineMutator({
  name: 'ticket.recordDocumentationTime',
  args: TicketRecordDocumentationTimeArgsSchema,
  async apply(tx, ctx, args) {
    const ticket = await loadTicket(tx, args.ticketId);
    await recordEvent(tx, ctx, ticket.id, { kind: 'documentation_time_recorded', seconds: args.seconds });
    return { ticketIds: [ticket.id] };
  },
});
