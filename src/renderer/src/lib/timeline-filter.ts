import type { TicketEventKind } from '../../../shared/domain/ticket-event';

export const TIMELINE_FILTERS = ['all', 'status', 'comments', 'checklist', 'escalation', 'problem'] as const;
export type TimelineFilter = (typeof TIMELINE_FILTERS)[number];

const GROUPS: Record<Exclude<TimelineFilter, 'all'>, readonly TicketEventKind[]> = {
  status: ['created', 'categorized', 'prioritized', 'status_changed', 'assigned'],
  comments: ['commented', 'documentation_time_recorded'],
  checklist: ['checklist_started', 'checklist_answered'],
  escalation: ['escalated', 'sla_alert', 'sla_alert_acknowledged', 'sla_alert_snoozed'],
  problem: ['problem_linked', 'problem_unlinked', 'problem_updated', 'resolution_recorded'],
};

/** Whether an event kind shows under a timeline filter (kinds added later show under "all" only). */
export function matchesTimelineFilter(kind: string, filter: TimelineFilter): boolean {
  return filter === 'all' || (GROUPS[filter] as readonly string[]).includes(kind);
}
