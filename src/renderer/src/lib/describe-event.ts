import type { TFunction } from 'i18next';
import type { TicketEvent } from '../../../shared/domain/ticket-event';
import { formatCallTime } from '../components/phone/call-session';

export interface EventNames {
  /** Agent or requester name by id. */
  person(id: string): string | null;
  category(id: string): string | null;
  group(id: string): string | null;
}

/** One history event in words: "Ana changed status from New to In progress". */
export function describeEvent(
  t: TFunction,
  event: TicketEvent,
  names: EventNames,
  formatTime: (iso: string) => string = (iso) => iso,
): string {
  const actor = names.person(event.actorId) ?? t('timeline.someone');
  const d = event.data;
  switch (d.kind) {
    case 'created':
      return t('timeline.created', { actor, channel: t(`channel.${d.channel}`), priority: d.priority });
    case 'categorized': {
      const label = (id: string | null): string => (id ? (names.category(id) ?? id) : t('timeline.none'));
      return t('timeline.categorized', { actor, from: label(d.from), to: label(d.to) });
    }
    case 'prioritized':
      return t('timeline.prioritized', {
        actor,
        from: d.from.priority,
        to: d.to.priority,
        impact: t(`impact.${d.to.impact}`),
        urgency: t(`urgency.${d.to.urgency}`),
      });
    case 'status_changed':
      return t('timeline.status_changed', { actor, from: t(`status.${d.from}`), to: t(`status.${d.to}`) });
    case 'assigned':
      if (d.to.assigneeId) {
        return t('timeline.assigned', {
          actor,
          assignee: names.person(d.to.assigneeId) ?? t('timeline.someone'),
        });
      }
      if (d.to.groupId)
        return t('timeline.assignedGroup', { actor, group: names.group(d.to.groupId) ?? d.to.groupId });
      return t('timeline.unassigned', { actor });
    case 'commented':
      return t(d.visibility === 'public' ? 'timeline.commented_public' : 'timeline.commented_internal', {
        actor,
      });
    case 'sla_alert': {
      const params = {
        level: t(`slaLevel.${d.level}`),
        target: t(`slaTarget.${d.target}`),
        due: d.dueAt ? formatTime(d.dueAt) : t('timeline.none'),
        repeat: d.repeat,
      };
      return d.repeat > 0 ? t('timeline.sla_alert_repeat', params) : t('timeline.sla_alert', params);
    }
    case 'sla_alert_acknowledged':
      return t('timeline.sla_alert_acknowledged', {
        actor,
        level: t(`slaLevel.${d.level}`),
        target: t(`slaTarget.${d.target}`),
      });
    case 'sla_alert_snoozed':
      return t('slaTimeline.alertSnoozed', {
        actor,
        level: t(`slaLevel.${d.level}`),
        target: t(`slaTarget.${d.target}`),
        until: formatTime(d.until),
      });
    case 'escalated':
      if (d.escalation === 'hierarchical') return t('slaTimeline.escalatedHierarchical', { actor });
      return t('slaTimeline.escalatedFunctional', {
        actor,
        group: d.to.groupId ? (names.group(d.to.groupId) ?? d.to.groupId) : t('timeline.none'),
        level: d.to.level,
      });
    case 'checklist_started':
      return t('workflow.timeline.checklist_started', { actor, title: d.templateId });
    case 'checklist_answered':
      return t('workflow.timeline.checklist_answered', { actor, prompt: d.stepId, answer: String(d.answer) });
    case 'resolution_recorded':
      return t('workflow.timeline.resolution_recorded', { actor, code: d.resolutionCode });
    case 'problem_linked':
      return t('workflow.timeline.problem_linked', { actor, problem: d.problemId.slice(-6) });
    case 'problem_unlinked':
      return t('workflow.timeline.problem_unlinked', { actor, problem: d.problemId.slice(-6) });
    case 'problem_updated':
      return t('workflow.timeline.problem_updated', { actor });
    case 'documentation_time_recorded':
      return t('workflow.timeline.documentation_time_recorded', { actor, seconds: d.seconds });
    case 'call_logged':
      return t('phone.timeline.call_logged', {
        actor,
        direction: t(`phone.directions.${d.direction}`),
        wait: d.waitSeconds,
        talk: formatCallTime(d.talkSeconds),
      });
    default:
      // Kinds added after this build still show who did something, never a blank line.
      return t('timeline.other', { actor, kind: (d as { kind: string }).kind });
  }
}
