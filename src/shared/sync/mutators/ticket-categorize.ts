import { z } from 'zod';
import { TicketTypeSchema } from '../../domain/ticket-enums';
import { MesaError } from '../../errors';
import { defineMutator } from './define-mutator';
import { assertEditable, changeTicket, loadTicket } from './ticket-helpers';

export const TicketCategorizeArgsSchema = z.strictObject({
  ticketId: z.string().min(1),
  categoryId: z.string().min(1).nullable(),
  type: TicketTypeSchema.optional(),
});

export const ticketCategorize = defineMutator({
  name: 'ticket.categorize',
  args: TicketCategorizeArgsSchema,
  async apply(tx, ctx, args) {
    const ticket = await loadTicket(tx, args.ticketId);
    assertEditable(ticket);
    if (args.categoryId && !(await tx.categoryExists(args.categoryId))) {
      throw new MesaError('reference.unknown_category', { categoryId: args.categoryId });
    }
    await changeTicket(
      tx,
      ctx,
      ticket,
      { categoryId: args.categoryId, type: args.type ?? ticket.type },
      { kind: 'categorized', from: ticket.categoryId, to: args.categoryId },
    );
    return { ticketIds: [ticket.id] };
  },
});
