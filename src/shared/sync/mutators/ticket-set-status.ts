import { z } from 'zod';
import { canTransition } from '../../domain/lifecycle';
import type { Ticket } from '../../domain/ticket';
import { TicketStatusSchema, type TicketStatus } from '../../domain/ticket-enums';
import { MesaError } from '../../errors';
import type { MutationContext } from '../mutation-tx';
import { defineMutator } from './define-mutator';
import { changeTicket, loadTicket } from './ticket-helpers';

export const TicketSetStatusArgsSchema = z.strictObject({
  ticketId: z.string().min(1),
  to: TicketStatusSchema,
  reason: z.string().trim().max(2000).nullable().default(null),
});

/** Only the requester's confirmation (or the auto-close job) closes a resolved ticket. */
function assertMayClose(ctx: MutationContext, ticket: Ticket, to: TicketStatus): void {
  if (to === 'closed' && ctx.actorRole !== 'requester' && ctx.actorRole !== 'system') {
    throw new MesaError('ticket.close_requires_requester', { ticketId: ticket.id });
  }
}

function timestampsFor(ticket: Ticket, to: TicketStatus, now: string): Partial<Ticket> {
  if (to === 'resolved') return { resolvedAt: now };
  if (to === 'closed') return { closedAt: now };
  if (ticket.status === 'resolved' && to === 'in_progress') return { resolvedAt: null };
  return {};
}

export const ticketSetStatus = defineMutator({
  name: 'ticket.setStatus',
  args: TicketSetStatusArgsSchema,
  async apply(tx, ctx, args) {
    const ticket = await loadTicket(tx, args.ticketId);
    if (!canTransition(ticket.status, args.to)) {
      throw new MesaError('ticket.invalid_transition', { ticketId: ticket.id, from: ticket.status, to: args.to });
    }
    assertMayClose(ctx, ticket, args.to);
    await changeTicket(
      tx,
      ctx,
      ticket,
      { status: args.to, ...timestampsFor(ticket, args.to, ctx.now) },
      { kind: 'status_changed', from: ticket.status, to: args.to, reason: args.reason },
    );
    return { ticketIds: [ticket.id] };
  },
});
