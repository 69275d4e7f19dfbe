import { z } from 'zod';
import { canTransition } from '../../domain/lifecycle';
import { MesaError } from '../../errors';
import { defineMutator } from './define-mutator';
import { assertEditable, changeTicket, loadTicket, recordEvent } from './ticket-helpers';

export const SOLUTION_MAX = 20_000;

export const TicketResolveArgsSchema = z.strictObject({
  ticketId: z.string().min(1),
  /** From the configurable list of resolution codes (active ones only). */
  resolutionCode: z.string().min(1).max(64),
  solution: z.string().trim().min(1).max(SOLUTION_MAX),
  /** The agent's statement that the contact was solved at first contact (FCR also checks the history). */
  firstContact: z.boolean(),
});

/**
 * Resolves a ticket: it moves to `resolved` and waits for the requester's confirmation (a rejection
 * reopens it). Two events: the status change (what the SLA clock reads) and the resolution record.
 */
export const ticketResolve = defineMutator({
  name: 'ticket.resolve',
  args: TicketResolveArgsSchema,
  async apply(tx, ctx, args) {
    const ticket = await loadTicket(tx, args.ticketId);
    assertEditable(ticket);
    if (!canTransition(ticket.status, 'resolved')) {
      throw new MesaError('ticket.invalid_transition', { ticketId: ticket.id, from: ticket.status, to: 'resolved' });
    }
    const code = await tx.getResolutionCode(args.resolutionCode);
    if (!code || !code.active) throw new MesaError('resolution.unknown_code', { resolutionCode: args.resolutionCode });
    await changeTicket(
      tx,
      ctx,
      ticket,
      { status: 'resolved', resolvedAt: ctx.now },
      { kind: 'status_changed', from: ticket.status, to: 'resolved', reason: null },
    );
    await recordEvent(tx, ctx, ticket.id, {
      kind: 'resolution_recorded',
      resolutionCode: code.code,
      solution: args.solution,
      firstContact: args.firstContact,
    });
    return { ticketIds: [ticket.id] };
  },
});
