import { z } from 'zod';
import { MesaError } from '../../errors';
import { defineMutator } from './define-mutator';
import { assertEditable, changeTicket, loadTicket } from './ticket-helpers';

export const TicketAssignArgsSchema = z.strictObject({
  ticketId: z.string().min(1),
  assigneeId: z.string().min(1).nullable(),
  groupId: z.string().min(1).nullable(),
});

export const ticketAssign = defineMutator({
  name: 'ticket.assign',
  args: TicketAssignArgsSchema,
  async apply(tx, ctx, args) {
    const ticket = await loadTicket(tx, args.ticketId);
    assertEditable(ticket);
    if (args.assigneeId && !(await tx.agentExists(args.assigneeId))) {
      throw new MesaError('reference.unknown_agent', { agentId: args.assigneeId });
    }
    if (args.groupId && !(await tx.groupExists(args.groupId))) {
      throw new MesaError('reference.unknown_group', { groupId: args.groupId });
    }
    await changeTicket(
      tx,
      ctx,
      ticket,
      { assigneeId: args.assigneeId, groupId: args.groupId },
      {
        kind: 'assigned',
        from: { assigneeId: ticket.assigneeId, groupId: ticket.groupId },
        to: { assigneeId: args.assigneeId, groupId: args.groupId },
      },
    );
    return { ticketIds: [ticket.id] };
  },
});
