import type { MutationTx } from '../../../shared/sync/mutation-tx';
import { MesaError } from '../../../shared/errors';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { ServerRejection } from '../../errors/server-rejection';
import { scopesMeet, ticketScopes } from '../scopes';

/**
 * Wraps the server MutationTx so a mutator can neither read nor create a ticket outside the caller's
 * scopes. Reading one answers "not found" (exactly what a client outside the scope would see), so
 * ticket existence does not leak. Moving a ticket out of one's own scopes (escalation) stays allowed.
 */
export function withScopeChecks(inner: MutationTx, user: AuthenticatedUser): MutationTx {
  return {
    ...inner,
    async getTicket(id) {
      const ticket = await inner.getTicket(id);
      if (ticket && !scopesMeet(ticketScopes(ticket), user.scopes))
        throw new MesaError('ticket.not_found', { ticketId: id });
      return ticket;
    },
    async insertTicket(ticket) {
      if (!scopesMeet(ticketScopes(ticket), user.scopes))
        throw new ServerRejection('sync.out_of_scope', { ticketId: ticket.id });
      await inner.insertTicket(ticket);
    },
  };
}

// Requesters act through the portal/email: open, comment publicly, confirm or reject a resolution, rate.
const REQUESTER_MUTATIONS = new Set(['ticket.create', 'ticket.comment', 'ticket.setStatus', 'ticket.rate']);

function field(args: unknown, key: string): unknown {
  return typeof args === 'object' && args !== null ? (args as Record<string, unknown>)[key] : undefined;
}

export function assertRoleMayRun(user: AuthenticatedUser, name: string, args: unknown): void {
  if (user.role !== 'requester') return;
  const allowed =
    REQUESTER_MUTATIONS.has(name) &&
    !(name === 'ticket.comment' && field(args, 'visibility') !== 'public') &&
    !(name === 'ticket.setStatus' && !['closed', 'in_progress'].includes(String(field(args, 'to'))));
  if (!allowed) throw new ServerRejection('sync.forbidden_mutation', { name });
}
