import { describe, expect, it } from 'vitest';
import { allowedTransitions, canTransition, isReopen, isTerminalStatus } from './lifecycle';
import { TICKET_STATUSES, type TicketStatus } from './ticket-enums';

// The full table, written out by hand from DESIGN.md's lifecycle so that any change to the
// state machine has to change this test too.
const ALLOWED: Record<TicketStatus, TicketStatus[]> = {
  new: ['in_progress', 'pending_requester', 'pending_third_party', 'resolved', 'cancelled'],
  in_progress: ['pending_requester', 'pending_third_party', 'resolved', 'cancelled'],
  pending_requester: ['in_progress', 'resolved', 'cancelled'],
  pending_third_party: ['in_progress', 'resolved', 'cancelled'],
  resolved: ['in_progress', 'closed'],
  closed: [],
  cancelled: [],
};

const pairs = TICKET_STATUSES.flatMap((from) => TICKET_STATUSES.map((to) => [from, to] as const));

describe('ticket lifecycle', () => {
  it.each(pairs)('%s → %s follows the table', (from, to) => {
    expect(canTransition(from, to)).toBe(ALLOWED[from].includes(to));
  });

  it('lists exactly the allowed transitions', () => {
    for (const status of TICKET_STATUSES) expect([...allowedTransitions(status)].sort()).toEqual([...ALLOWED[status]].sort());
  });

  it('never allows staying in the same status', () => {
    for (const status of TICKET_STATUSES) expect(canTransition(status, status)).toBe(false);
  });

  it('treats closed and cancelled as terminal, nothing else', () => {
    expect(TICKET_STATUSES.filter(isTerminalStatus)).toEqual(['closed', 'cancelled']);
  });

  it('calls resolved → in_progress a reopen and nothing else', () => {
    const reopens = pairs.filter(([from, to]) => isReopen(from, to));
    expect(reopens).toEqual([['resolved', 'in_progress']]);
  });
});
