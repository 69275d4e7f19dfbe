import { describe, expect, it } from 'vitest';
import type { TicketStatus } from '../domain/ticket-enums';
import type { TicketEvent, TicketEventData } from '../domain/ticket-event';
import { assessFirstContact } from './first-contact';

let n = 0;
const ev = (actorId: string, data: TicketEventData): TicketEvent => {
  n += 1;
  return { id: `e${n}`, ticketId: 't', actorId, deviceId: 'd', at: `2026-11-26T15:${String(n).padStart(2, '0')}:00Z`, offline: false, data };
};
const created = ev('agent-ana', { kind: 'created', channel: 'phone', status: 'new', priority: 'P3' });
const claim = (who: string, from: string | null = null, group: string | null = 'g-n1') =>
  ev(who, { kind: 'assigned', from: { assigneeId: from, groupId: group }, to: { assigneeId: who, groupId: group } });
const status = (who: string, from: TicketStatus, to: TicketStatus) =>
  ev(who, { kind: 'status_changed', from, to, reason: null });
const resolution = (who: string, firstContact: boolean) =>
  ev(who, { kind: 'resolution_recorded', resolutionCode: 'guided_user', solution: 'ok', firstContact });

describe('first-contact resolution', () => {
  it('counts a ticket the first agent resolved at once, by their word and a clean history', () => {
    const a = assessFirstContact([created, claim('ana'), status('ana', 'new', 'resolved'), resolution('ana', true)]);
    expect(a).toEqual({
      firstContact: true,
      breaks: [],
      counts: { escalations: 0, transfers: 0, reassignments: 0, reopens: 0 },
      firstAgentId: 'ana',
      resolverId: 'ana',
    });
  });

  it('counts a resolution without a claim (the resolver is the first agent), and stays FCR once closed', () => {
    const a = assessFirstContact([created, status('ana', 'new', 'resolved'), resolution('ana', true), status('req', 'resolved', 'closed')]);
    expect(a.firstContact).toBe(true);
  });

  it('is not FCR when the agent says so, or did not say', () => {
    expect(assessFirstContact([created, status('ana', 'new', 'resolved'), resolution('ana', false)]).breaks).toEqual(['agent_said_no']);
    expect(assessFirstContact([created, status('ana', 'new', 'resolved')]).breaks).toEqual(['not_recorded']);
  });

  it('is broken by an escalation (functional or hierarchical) even if the agent says first contact', () => {
    const esc = ev('ana', {
      kind: 'escalated',
      escalation: 'hierarchical',
      from: { assigneeId: 'ana', groupId: 'g-n1', level: 'N1' },
      to: { assigneeId: 'ana', groupId: 'g-n1', level: 'N1' },
      reason: 'SLA',
    });
    const a = assessFirstContact([created, claim('ana'), esc, status('ana', 'new', 'resolved'), resolution('ana', true)]);
    expect(a.breaks).toEqual(['escalated']);
    expect(a.counts.escalations).toBe(1);
  });

  it('is broken by a transfer to another group and by a hand-over to another agent', () => {
    const transfer = ev('ana', { kind: 'assigned', from: { assigneeId: 'ana', groupId: 'g-n1' }, to: { assigneeId: null, groupId: 'g-net' } });
    const a = assessFirstContact([created, claim('ana'), transfer, claim('bob', null, 'g-net'), status('bob', 'new', 'resolved'), resolution('bob', true)]);
    expect(a.breaks).toEqual(['transferred', 'reassigned', 'resolved_by_other_agent']);
    expect(a.counts).toEqual({ escalations: 0, transfers: 1, reassignments: 1, reopens: 0 });
    expect([a.firstAgentId, a.resolverId]).toEqual(['ana', 'bob']);
  });

  it('does not count the first group assignment as a transfer', () => {
    const toGroup = ev('ana', { kind: 'assigned', from: { assigneeId: null, groupId: null }, to: { assigneeId: null, groupId: 'g-n1' } });
    expect(assessFirstContact([created, toGroup, claim('ana'), status('ana', 'new', 'resolved'), resolution('ana', true)]).firstContact).toBe(true);
  });

  it('is broken by waiting for the requester and by a reopen', () => {
    const a = assessFirstContact([
      created,
      claim('ana'),
      status('ana', 'new', 'pending_requester'),
      status('req', 'pending_requester', 'in_progress'),
      status('ana', 'in_progress', 'resolved'),
      resolution('ana', true),
      status('req', 'resolved', 'in_progress'),
      status('ana', 'in_progress', 'resolved'),
      resolution('ana', true),
    ]);
    expect(a.breaks).toEqual(['waited', 'reopened']);
    expect(a.counts.reopens).toBe(1);
  });

  it('is not FCR while the ticket is not resolved', () => {
    expect(assessFirstContact([created, claim('ana')]).breaks).toEqual(['not_resolved', 'not_recorded']);
  });
});
