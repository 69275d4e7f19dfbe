import { z } from 'zod';
import { MesaError } from '../../errors';
import { defineMutator } from './define-mutator';
import { changeTicket, loadTicket } from './ticket-helpers';

export const RATING_COMMENT_MAX = 2000;

export const TicketRateArgsSchema = z.strictObject({
  ticketId: z.string().min(1),
  /** 1 (very dissatisfied) … 5 (very satisfied): CSAT counts 4 and 5. */
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(RATING_COMMENT_MAX).nullable().default(null),
});

/**
 * The requester's satisfaction survey answer (DESIGN.md KPIs, user satisfaction): once per ticket,
 * by its requester, after closure. A closed ticket is otherwise history; the rating is the one thing
 * still recorded on it.
 */
export const ticketRate = defineMutator({
  name: 'ticket.rate',
  args: TicketRateArgsSchema,
  async apply(tx, ctx, args) {
    const ticket = await loadTicket(tx, args.ticketId);
    if (ctx.actorRole !== 'requester' || ctx.actorId !== ticket.requesterId) {
      throw new MesaError('rating.requester_only', { ticketId: ticket.id });
    }
    if (ticket.status !== 'closed') throw new MesaError('rating.not_closed', { ticketId: ticket.id });
    const events = await tx.listTicketEvents(ticket.id);
    if (events.some((e) => e.data.kind === 'rated')) {
      throw new MesaError('rating.already_rated', { ticketId: ticket.id });
    }
    await changeTicket(tx, ctx, ticket, {}, { kind: 'rated', score: args.score, comment: args.comment });
    return { ticketIds: [ticket.id] };
  },
});
