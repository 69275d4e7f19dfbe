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

// Requesters act through the portal/email: open, comment publicly, confirm or reject a resolution.
const REQUESTER_MUTATIONS = new Set(['ticket.create', 'ticket.comment', 'ticket.setStatus']);

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

/**
 * First committed claim wins (DESIGN.md, Conflicts). Until the shared `ticket.claim` mutator lands
 * (proposed in docs/sync.md), an agent or specialist assigning a ticket to themselves is a claim:
 * if someone else already holds it, the claim is refused with the holder's name. Supervisors and
 * admins may still reassign freely.
 */
export async function assertClaimable(
  tx: MutationTx,
  user: AuthenticatedUser,
  name: string,
  args: unknown,
  agentName: (id: string) => Promise<string | null>,
): Promise<void> {
  if (name !== 'ticket.assign' || (user.role !== 'agent' && user.role !== 'specialist')) return;
  const ticketId = field(args, 'ticketId');
  if (!user.agentId || field(args, 'assigneeId') !== user.agentId || typeof ticketId !== 'string') return;
  const ticket = await tx.getTicket(ticketId);
  if (!ticket?.assigneeId || ticket.assigneeId === user.agentId) return;
  throw new ServerRejection('ticket.already_taken', {
    ticketId,
    holderId: ticket.assigneeId,
    holderName: await agentName(ticket.assigneeId),
  });
}
