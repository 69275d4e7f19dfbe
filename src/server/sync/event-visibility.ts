import type { TicketEventData } from '../../shared/domain/ticket-event';

// Desk-internal event kinds: the requester sees their ticket's history without the desk's SLA alarms.
const STAFF_ONLY_KINDS: ReadonlySet<string> = new Set([
  'sla_alert',
  'sla_alert_acknowledged',
  'sla_alert_snoozed',
  'escalated',
  // First-line workflow bookkeeping: the diagnosis path, the agent's documentation time, the problem's
  // investigation record. Resolutions and problem links stay visible (the requester reads them).
  'checklist_started',
  'checklist_answered',
  'documentation_time_recorded',
  'problem_updated',
  // Phone channel: the agent's call log (times and private notes).
  'call_logged',
]);

/** Events requesters must not receive: internal comments and the desk's own bookkeeping. */
export function isStaffOnlyEvent(data: TicketEventData): boolean {
  if (data.kind === 'commented') return data.visibility === 'internal';
  return STAFF_ONLY_KINDS.has(data.kind);
}
