import type { Id } from '../../domain/ids';
import type { Ticket } from '../../domain/ticket';
import type { TicketEventData } from '../../domain/ticket-event';
import { MesaError } from '../../errors';
import type { MutationContext, MutationTx } from '../mutation-tx';

export async function loadTicket(tx: MutationTx, id: Id): Promise<Ticket> {
  const ticket = await tx.getTicket(id);
  if (!ticket) throw new MesaError('ticket.not_found', { ticketId: id });
  return ticket;
}

/** Closed and cancelled tickets are history: nothing but a new ticket may follow them. */
export function assertEditable(ticket: Ticket): void {
  if (ticket.status === 'closed' || ticket.status === 'cancelled') {
    throw new MesaError('ticket.closed', { ticketId: ticket.id, status: ticket.status });
  }
}

/** Every change bumps the version and leaves one event in the same transaction. */
export async function changeTicket(
  tx: MutationTx,
  ctx: MutationContext,
  ticket: Ticket,
  patch: Partial<Omit<Ticket, 'id'>>,
  data: TicketEventData,
): Promise<void> {
  await tx.updateTicket(ticket.id, { ...patch, version: ticket.version + 1, updatedAt: ctx.now });
  await recordEvent(tx, ctx, ticket.id, data);
}

export async function recordEvent(
  tx: MutationTx,
  ctx: MutationContext,
  ticketId: Id,
  data: TicketEventData,
): Promise<void> {
  await tx.appendEvent({
    id: ctx.newId(),
    ticketId,
    actorId: ctx.actorId,
    deviceId: ctx.deviceId,
    at: ctx.now,
    offline: ctx.offline,
    data,
  });
}

export function provisionalNumberFor(id: Id): string {
  return `~${id.replace(/-/g, '').slice(-6).toUpperCase()}`;
}
