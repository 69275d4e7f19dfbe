/**
 * The report's list of SLA breaches with their causes, read from each ticket's history up to the due
 * instant: what the agents and the requester were doing while the clock ran out.
 */
import type { Id } from '../domain/ids';
import type { SlaTargetKind, TicketEvent } from '../domain/ticket-event';
import type { KpiTicket } from '../kpi/index';
import type { TicketMeta } from './kpi-source';
import { breachesOf } from './sla-outcomes';

export const BREACH_CAUSES = [
  'no_agent_response',
  'unassigned',
  'escalated',
  'reassigned',
  'waiting_third_party',
  'waiting_requester',
  'reopened',
  'unknown',
] as const;
export type BreachCause = (typeof BREACH_CAUSES)[number];

export interface ReportBreach {
  ticketId: Id;
  number: string;
  title: string;
  organizationId: Id;
  areaId: Id | null;
  assigneeId: Id | null;
  priority: string;
  target: SlaTargetKind;
  dueAt: string;
  causes: BreachCause[];
  /** The escalation reason the agent wrote, when an escalation is among the causes. */
  detail: string | null;
}

export function causesBefore(ticket: KpiTicket, history: readonly TicketEvent[], target: SlaTargetKind, dueMs: number) {
  const causes = new Set<BreachCause>();
  let detail: string | null = null;
  let responded = false;
  let assignee: Id | null = null;
  let assignments = 0;
  for (const e of history) {
    if (Date.parse(e.at) >= dueMs) break;
    const d = e.data;
    const staff = e.actorId !== ticket.requesterId && !e.actorId.startsWith('system');
    if (d.kind === 'commented' && d.visibility === 'public' && staff) responded = true;
    if (d.kind === 'status_changed') {
      if (d.from === 'new' && staff) responded = true;
      if (d.to === 'pending_third_party') causes.add('waiting_third_party');
      if (d.to === 'pending_requester') causes.add('waiting_requester');
      if (d.from === 'resolved' && d.to === 'in_progress') causes.add('reopened');
    }
    if (d.kind === 'assigned') {
      assignee = d.to.assigneeId;
      if (d.to.assigneeId !== null) assignments += 1;
    }
    if (d.kind === 'escalated') {
      causes.add('escalated');
      detail = d.reason;
    }
  }
  if (!responded && target === 'first_response') causes.add('no_agent_response');
  if (assignee === null) causes.add('unassigned');
  if (assignments > 1) causes.add('reassigned');
  if (causes.size === 0) causes.add('unknown');
  return { causes: BREACH_CAUSES.filter((c) => causes.has(c)), detail };
}

/** Breaches decided in [fromMs, toMs) of the given tickets, oldest first. */
export function slaBreaches(
  tickets: readonly KpiTicket[],
  history: ReadonlyMap<Id, readonly TicketEvent[]>,
  meta: ReadonlyMap<Id, TicketMeta>,
  fromMs: number,
  toMs: number,
): ReportBreach[] {
  const list: ReportBreach[] = [];
  for (const ticket of tickets) {
    if (ticket.type === 'problem') continue;
    const events = history.get(ticket.id) ?? [];
    for (const breach of breachesOf(events)) {
      const dueMs = Date.parse(breach.dueAt);
      if (!(dueMs >= fromMs && dueMs < toMs)) continue;
      const { causes, detail } = causesBefore(ticket, events, breach.target, dueMs);
      const m = meta.get(ticket.id);
      list.push({
        ticketId: ticket.id,
        number: m?.number ?? ticket.id,
        title: m?.title ?? '',
        organizationId: ticket.organizationId,
        areaId: ticket.areaId,
        assigneeId: ticket.assigneeId,
        priority: ticket.priority,
        target: breach.target,
        dueAt: breach.dueAt,
        causes,
        detail,
      });
    }
  }
  return list.sort((a, b) => (a.dueAt < b.dueAt ? -1 : a.dueAt > b.dueAt ? 1 : a.number < b.number ? -1 : 1));
}
