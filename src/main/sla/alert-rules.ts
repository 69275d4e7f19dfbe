/**
 * Who an SLA alert is for, and when do-not-disturb holds it back (docs/sla.md "Alerts").
 * The notifier is the local workstation's, so the engine notifies only when the agent sitting here is
 * concerned: the assignee for warnings; the assignee, a member of the ticket's group or a supervisor for
 * breaches.
 */
import type { AgentRole } from '../../shared/domain/people';
import type { SlaAlertLevel, SlaTargetKind } from '../../shared/domain/ticket-event';

export interface SlaViewer {
  agentId: string;
  groupIds: readonly string[];
  role: AgentRole;
}

/** Same id on every device and across restarts: ticket, target, level and the start of that clock. */
export function alertIdOf(ticketId: string, target: SlaTargetKind, level: SlaAlertLevel, startedAt: string): string {
  return `${ticketId}:${target}:${level}:${startedAt}`;
}

export function isConcerned(
  viewer: SlaViewer,
  ticket: { assigneeId: string | null; groupId: string | null },
  level: SlaAlertLevel,
): boolean {
  if (ticket.assigneeId === viewer.agentId) return true;
  if (level !== 'breach') return false;
  if (viewer.role === 'supervisor' || viewer.role === 'admin') return true;
  return ticket.groupId !== null && viewer.groupIds.includes(ticket.groupId);
}

/** Do-not-disturb holds back repeats only, and never the repeats of a P1 breach. */
export function heldByDoNotDisturb(doNotDisturb: boolean, level: SlaAlertLevel, priority: string, repeat: number): boolean {
  if (!doNotDisturb || repeat === 0) return false;
  return !(level === 'breach' && priority === 'P1');
}
