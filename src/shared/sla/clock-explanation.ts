/**
 * The clock's explanation: structured data plus message lines (codes + params, translated with
 * SLA_MESSAGES) that the ticket's SLA panel renders as they come.
 */
import type { TicketEvent } from '../domain/ticket-event';
import { elapsedOutsideStops } from './clock-business-time';
import type { ClockHistory } from './clock-history';
import { policySwitches } from './clock-policy';
import type {
  SlaClockTicket,
  SlaContract,
  SlaExplanation,
  SlaExplanationItem,
  SlaPauseSpan,
} from './clock-types';
import type { CompiledCalendar } from './compiled-calendar';
import { formatInstant } from './instant';
import type { PolicySelection } from './policy';
import type { SlaPolicy } from './policy-schema';

export function noPolicyExplanation(): SlaExplanation {
  return { policy: null, calendar: null, pauses: [], policySwitches: [], items: [{ code: 'clock.no_policy', params: {} }] };
}

export function missingCalendarExplanation(selection: PolicySelection): SlaExplanation {
  const explanation = noPolicyExplanation();
  explanation.policy = { id: selection.policy.id, name: selection.policy.name, reason: selection.reason };
  explanation.items = [
    ...policyItems(selection),
    { code: 'clock.calendar_missing', params: { calendarId: selection.policy.calendarId } },
  ];
  return explanation;
}

export interface ExplanationContext {
  selection: PolicySelection;
  calendar: CompiledCalendar;
  history: ClockHistory;
  ticket: SlaClockTicket;
  contract: SlaContract | null | undefined;
  policies: readonly SlaPolicy[];
  events: readonly TicketEvent[];
  now: number;
}

export function buildExplanation(context: ExplanationContext): SlaExplanation {
  const { selection, calendar, history, now } = context;
  const policy = selection.policy;
  const items: SlaExplanationItem[] = [...policyItems(selection)];
  const { name, timeZone } = calendar.calendar;
  items.push({ code: 'clock.calendar', params: { calendarId: policy.calendarId, calendarName: name, timeZone } });
  items.push({ code: 'clock.target.first_response', params: { targetMinutes: policy.targets.firstResponseMinutes } });
  if (policy.targets.nextUpdateMinutes !== undefined) {
    items.push({ code: 'clock.target.next_update', params: { targetMinutes: policy.targets.nextUpdateMinutes } });
  }
  items.push({ code: 'clock.target.resolution', params: { targetMinutes: policy.targets.resolutionMinutes } });

  const pauses: SlaPauseSpan[] = history.pauseSpans.map((span) => ({
    from: formatInstant(span.from),
    to: span.to === Infinity ? null : formatInstant(span.to),
    status: span.status,
    actorId: span.actorId,
    businessSeconds: elapsedOutsideStops(calendar, span.from, Math.min(span.to, now), []),
  }));
  for (const pause of pauses) {
    const businessMinutes = Math.round(pause.businessSeconds / 60);
    const params = { from: pause.from, status: pause.status, actorId: pause.actorId, businessMinutes };
    if (pause.to === null) items.push({ code: 'clock.pause_open', params });
    else items.push({ code: 'clock.pause', params: { ...params, to: pause.to } });
  }
  if (history.thirdPartyRan) items.push({ code: 'clock.third_party_runs', params: {} });
  for (const reopen of history.reopens) {
    items.push({ code: 'clock.reopened', params: { at: formatInstant(reopen.at), from: formatInstant(reopen.resolvedFrom) } });
  }

  const switches = policySwitches(context.policies, context.ticket, context.contract, context.events);
  for (const change of switches) {
    items.push({
      code: 'clock.policy_switch',
      params: {
        at: change.at,
        field: change.field,
        fromValue: change.fromValue ?? '—',
        toValue: change.toValue ?? '—',
        fromPolicyId: change.fromPolicyId ?? '—',
        toPolicyId: change.toPolicyId ?? '—',
      },
    });
  }
  if (switches.length > 0) items.push({ code: 'clock.policy_switch_handling', params: {} });
  if (history.cancelledIso !== null) items.push({ code: 'clock.cancelled', params: { at: history.cancelledIso } });

  return {
    policy: { id: policy.id, name: policy.name, reason: selection.reason },
    calendar: { id: policy.calendarId, name, timeZone },
    pauses,
    policySwitches: switches,
    items,
  };
}

function policyItems(selection: PolicySelection): SlaExplanationItem[] {
  return [
    { code: 'clock.policy', params: { policyId: selection.policy.id, policyName: selection.policy.name } },
    { code: selection.reason.code, params: selection.reason.params },
  ];
}
