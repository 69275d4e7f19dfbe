import { z } from 'zod';
import { computePriority } from '../../domain/priority';
import { ImpactSchema, UrgencySchema } from '../../domain/ticket-enums';
import { MesaError } from '../../errors';
import { defineMutator } from './define-mutator';
import { assertEditable, changeTicket, loadTicket } from './ticket-helpers';

export const TicketPrioritizeArgsSchema = z.strictObject({
  ticketId: z.string().min(1),
  impact: ImpactSchema,
  urgency: UrgencySchema,
  /** Priority is a sensitive field: the edit names the version it was made on. */
  baseVersion: z.number().int().positive().optional(),
});

export const ticketPrioritize = defineMutator({
  name: 'ticket.prioritize',
  args: TicketPrioritizeArgsSchema,
  async apply(tx, ctx, args) {
    const ticket = await loadTicket(tx, args.ticketId);
    assertEditable(ticket);
    if (args.baseVersion !== undefined && args.baseVersion !== ticket.version) {
      throw new MesaError('ticket.version_mismatch', {
        ticketId: ticket.id,
        baseVersion: args.baseVersion,
        currentVersion: ticket.version,
      });
    }
    const priority = computePriority(ctx.priorityMatrix, args.impact, args.urgency);
    await changeTicket(
      tx,
      ctx,
      ticket,
      { impact: args.impact, urgency: args.urgency, priority },
      {
        kind: 'prioritized',
        from: { impact: ticket.impact, urgency: ticket.urgency, priority: ticket.priority },
        to: { impact: args.impact, urgency: args.urgency, priority },
      },
    );
    return { ticketIds: [ticket.id] };
  },
});
