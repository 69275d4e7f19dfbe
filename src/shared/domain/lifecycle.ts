import type { TicketStatus } from './ticket-enums';

/**
 * The one ticket state machine (DESIGN.md, Lifecycle), shared by the desktop and the server.
 * `resolved → closed` is allowed here; whether the caller may do it (requester confirmation or
 * the auto-close job) is a policy checked by the mutator, not by the graph.
 */
const TRANSITIONS: Readonly<Record<TicketStatus, readonly TicketStatus[]>> = {
  new: ['in_progress', 'pending_requester', 'pending_third_party', 'resolved', 'cancelled'],
  in_progress: ['pending_requester', 'pending_third_party', 'resolved', 'cancelled'],
  pending_requester: ['in_progress', 'resolved', 'cancelled'],
  pending_third_party: ['in_progress', 'resolved', 'cancelled'],
  resolved: ['in_progress', 'closed'],
  closed: [],
  cancelled: [],
};

export function allowedTransitions(from: TicketStatus): readonly TicketStatus[] {
  return TRANSITIONS[from];
}

export function canTransition(from: TicketStatus, to: TicketStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function isTerminalStatus(status: TicketStatus): boolean {
  return TRANSITIONS[status].length === 0;
}

/** A move out of `resolved` back to work is a reopen: the KPIs count it. */
export function isReopen(from: TicketStatus, to: TicketStatus): boolean {
  return from === 'resolved' && to === 'in_progress';
}
