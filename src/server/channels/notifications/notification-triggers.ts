import type { Ticket } from '../../../shared/domain/ticket';
import type { TicketEvent } from '../../../shared/domain/ticket-event';
import type { NotificationKind } from './notification-rules';

/**
 * Which notification, if any, an event calls for. Pure: the notifier reads events from the change
 * log (whoever made them: a desktop push, the portal, this server) and asks here.
 */
export function notificationFor(
  event: TicketEvent,
  ticket: Ticket,
  actorIsAgent: boolean,
): NotificationKind | null {
  const data = event.data;
  switch (data.kind) {
    case 'created':
      return 'created';
    case 'assigned':
      return data.to.assigneeId !== null && data.to.assigneeId !== data.from.assigneeId ? 'assigned' : null;
    case 'commented':
      // Only the desk's public answers: the requester's own mail is never echoed back to them.
      return data.visibility === 'public' && actorIsAgent && event.actorId !== ticket.requesterId
        ? 'agent_reply'
        : null;
    case 'status_changed':
      if (data.to === 'pending_requester') return 'waiting';
      if (data.to === 'resolved') return 'resolved';
      if (data.to === 'closed') return 'closed';
      return null;
    default:
      return null;
  }
}
