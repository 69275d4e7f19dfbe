import { z } from 'zod';
import { MesaError } from '../../errors';
import { defineMutator } from './define-mutator';
import { assertEditable, changeTicket, loadTicket } from './ticket-helpers';

export const TicketClaimArgsSchema = z.strictObject({
  ticketId: z.string().min(1),
  /** The assignee the agent saw when they clicked: a different holder now means someone was faster. */
  expectedAssigneeId: z.string().min(1).nullable(),
});

/**
 * "Assign to me". The first committed claim wins: when the ticket is now held by someone other than
 * the agent saw, the claim is refused with the holder (the server adds the holder's name). Claiming
 * a ticket one already holds changes nothing, so a retried or replayed claim is harmless.
 */
export const ticketClaim = defineMutator({
  name: 'ticket.claim',
  args: TicketClaimArgsSchema,
  async apply(tx, ctx, args) {
    const ticket = await loadTicket(tx, args.ticketId);
    if (ticket.assigneeId === ctx.actorId) return { ticketIds: [ticket.id] };
    assertEditable(ticket);
    if (ticket.assigneeId !== null && ticket.assigneeId !== args.expectedAssigneeId) {
      throw new MesaError('ticket.already_taken', { ticketId: ticket.id, holderId: ticket.assigneeId });
    }
    if (!(await tx.agentExists(ctx.actorId))) {
      throw new MesaError('reference.unknown_agent', { agentId: ctx.actorId });
    }
    await changeTicket(
      tx,
      ctx,
      ticket,
      { assigneeId: ctx.actorId },
      {
        kind: 'assigned',
        from: { assigneeId: ticket.assigneeId, groupId: ticket.groupId },
        to: { assigneeId: ctx.actorId, groupId: ticket.groupId },
      },
    );
    return { ticketIds: [ticket.id] };
  },
});
