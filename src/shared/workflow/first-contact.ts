import type { Id } from '../domain/ids';
import { isReopen } from '../domain/lifecycle';
import type { TicketEvent } from '../domain/ticket-event';

/** Why a resolved ticket does not count as resolved at first contact (all that apply, in this order). */
export const FIRST_CONTACT_BREAKS = [
  'not_resolved',
  'not_recorded',
  'agent_said_no',
  'escalated',
  'transferred',
  'reassigned',
  'waited',
  'reopened',
  'resolved_by_other_agent',
] as const;
export type FirstContactBreak = (typeof FIRST_CONTACT_BREAKS)[number];

export interface FirstContactCounts {
  /** `escalated` events, functional and hierarchical. */
  escalations: number;
  /** The ticket left a group for another group (or for none) outside an escalation. */
  transfers: number;
  /** The ticket passed from one agent to a different one (claims included). */
  reassignments: number;
  reopens: number;
}

export interface FirstContactAssessment {
  firstContact: boolean;
  breaks: FirstContactBreak[];
  counts: FirstContactCounts;
  /** The first agent who held the ticket; when nobody did, the one who resolved it. */
  firstAgentId: Id | null;
  resolverId: Id | null;
}

const WAITING = new Set(['pending_requester', 'pending_third_party']);

/**
 * First-contact resolution (FCR), the definition the KPI uses (DESIGN.md KPIs, docs/workflow.md): the
 * ticket is resolved now; the agent recorded that it was solved in the first contact; and the history
 * shows no escalation, no transfer to another group, no hand-over to another agent, no wait for the
 * requester or a third party, no reopen, and the resolver is the first agent who held it. The agent's
 * word alone is not enough, and neither is a clean history without the agent's word.
 */
export function assessFirstContact(events: readonly TicketEvent[]): FirstContactAssessment {
  const counts: FirstContactCounts = { escalations: 0, transfers: 0, reassignments: 0, reopens: 0 };
  let firstAgentId: Id | null = null;
  let lastHolder: Id | null = null;
  let resolved = false;
  let resolverId: Id | null = null;
  let waited = false;
  let flag: boolean | null = null;
  for (const event of events) {
    const data = event.data;
    if (data.kind === 'escalated') counts.escalations += 1;
    else if (data.kind === 'assigned') {
      if (data.from.groupId !== null && data.to.groupId !== data.from.groupId) counts.transfers += 1;
      const to = data.to.assigneeId;
      if (to !== null) {
        if (lastHolder !== null && to !== lastHolder) counts.reassignments += 1;
        firstAgentId ??= to;
        lastHolder = to;
      }
    } else if (data.kind === 'status_changed') {
      if (isReopen(data.from, data.to)) counts.reopens += 1;
      if (WAITING.has(data.to)) waited = true;
      resolved = data.to === 'resolved' || (resolved && data.to === 'closed');
      if (data.to === 'resolved') resolverId = event.actorId;
    } else if (data.kind === 'resolution_recorded') flag = data.firstContact;
  }
  firstAgentId ??= resolverId;
  const breaks: FirstContactBreak[] = [];
  if (!resolved) breaks.push('not_resolved');
  if (flag === null) breaks.push('not_recorded');
  if (flag === false) breaks.push('agent_said_no');
  if (counts.escalations > 0) breaks.push('escalated');
  if (counts.transfers > 0) breaks.push('transferred');
  if (counts.reassignments > 0) breaks.push('reassigned');
  if (waited) breaks.push('waited');
  if (counts.reopens > 0) breaks.push('reopened');
  if (resolverId !== null && firstAgentId !== null && resolverId !== firstAgentId) breaks.push('resolved_by_other_agent');
  return { firstContact: breaks.length === 0, breaks, counts, firstAgentId, resolverId };
}
