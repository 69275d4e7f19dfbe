/**
 * The SLA clock: a pure function of a ticket's history, the policies, the calendars, the contract and
 * `now`. No stored counters: the desktop, the server and the reports call this same function and agree.
 *
 * - Policy in force: the one selected with the ticket's CURRENT attributes (clock-policy.ts).
 * - Calendar and pausing rules: the policy in force's, applied to the WHOLE history. Elapsed time is
 *   always measured from creation over every pause, so a mid-life change of policy changes only the
 *   targets: pause time is neither lost nor counted twice (the explanation lists each switch).
 * - Targets: first response and resolution from creation; next update (optional) from the last public
 *   agent update. Definitions in clock-history.ts and docs/sla.md.
 */
import type { SlaTargetKind } from '../domain/ticket-event';
import { buildExplanation, missingCalendarExplanation, noPolicyExplanation } from './clock-explanation';
import type { ClockHistory } from './clock-history';
import { readClockHistory } from './clock-history';
import { epochSecondsOf } from './clock-instant';
import { selectPolicyForTicket } from './clock-policy';
import type { TargetSpec } from './clock-target';
import { evaluateTarget, thresholdSeconds } from './clock-target';
import type {
  CalendarsById,
  SlaClockInput,
  SlaClockOptions,
  SlaClockResult,
  SlaClockTargets,
  SlaExplanation,
} from './clock-types';
import type { Calendar } from './calendar-schema';
import type { CompiledCalendar } from './compiled-calendar';
import { toCompiledCalendar } from './compiled-calendar';
import type { SlaPolicy } from './policy-schema';

const NO_TARGETS: SlaClockTargets = { firstResponse: null, nextUpdate: null, resolution: null };

export function slaClock(input: SlaClockInput, options: SlaClockOptions = {}): SlaClockResult {
  const explain = options.explain ?? true;
  const { ticket, contract } = input;
  const now = epochSecondsOf(input.now, 'now');
  const selection = selectPolicyForTicket(input.policies, ticket, contract);
  if (selection === null) return withoutClock(input, null, null, explain ? noPolicyExplanation() : null);
  const policy = selection.policy;
  const calendarEntry = calendarById(input.calendars, policy.calendarId);
  if (calendarEntry === undefined) {
    return withoutClock(input, policy.id, null, explain ? missingCalendarExplanation(selection) : null);
  }
  const calendar = toCompiledCalendar(calendarEntry);
  const history = readClockHistory(ticket.createdAt, input.events, {
    policy,
    contract,
    isAgentActor: input.isAgentActor,
    requesterId: ticket.requesterId ?? null,
    explain,
  });
  const targets = evaluateTargets(calendar, policy, history, ticket.createdAt, now);
  let nextDueAt: string | null = null;
  let nextTransitionAt: string | null = null;
  for (const target of [targets.firstResponse, targets.nextUpdate, targets.resolution]) {
    if (target === null) continue;
    if (target.completedAt === null && target.applicable && (nextDueAt === null || target.dueAt < nextDueAt)) {
      nextDueAt = target.dueAt;
    }
    const next = target.nextTransitionAt;
    if (next !== null && (nextTransitionAt === null || next < nextTransitionAt)) nextTransitionAt = next;
  }
  const open = history.resolvedAt === null && history.cancelledAt === null;
  return {
    ticketId: ticket.id,
    evaluatedAt: input.now,
    policyId: policy.id,
    calendarId: policy.calendarId,
    paused: open && history.pausedNow,
    targets,
    nextDueAt,
    nextTransitionAt,
    explanation: explain
      ? buildExplanation({
          selection,
          calendar,
          history,
          ticket,
          contract,
          policies: input.policies,
          events: input.events,
          now,
        })
      : null,
  };
}

function evaluateTargets(
  calendar: CompiledCalendar,
  policy: SlaPolicy,
  history: ClockHistory,
  createdIso: string,
  now: number,
): SlaClockTargets {
  const { created, pauseStops, resolutionStops } = history;
  const { firstResponseMinutes, nextUpdateMinutes, resolutionMinutes } = policy.targets;
  const firstResponse = evaluateTarget(
    calendar,
    targetSpec('first_response', firstResponseMinutes, policy, history, created, createdIso, pauseStops),
    now,
  );
  const resolution = evaluateTarget(
    calendar,
    targetSpec('resolution', resolutionMinutes, policy, history, created, createdIso, resolutionStops),
    now,
  );
  // The current update cycle runs from the last public update; resolving the ticket ends it.
  const nextUpdate =
    nextUpdateMinutes === undefined
      ? null
      : evaluateTarget(
          calendar,
          targetSpec(
            'next_update',
            nextUpdateMinutes,
            policy,
            history,
            history.lastUpdateAt ?? created,
            history.lastUpdateIso ?? createdIso,
            resolutionStops,
          ),
          now,
        );
  return { firstResponse, nextUpdate, resolution };
}

function targetSpec(
  kind: SlaTargetKind,
  minutes: number,
  policy: SlaPolicy,
  history: ClockHistory,
  start: number,
  startIso: string,
  stops: readonly number[],
): TargetSpec {
  const targetSeconds = minutes * 60;
  const firstResponse = kind === 'first_response';
  return {
    kind,
    targetSeconds,
    warningSeconds: thresholdSeconds(targetSeconds, policy.thresholds.warning),
    criticalSeconds: thresholdSeconds(targetSeconds, policy.thresholds.critical),
    start,
    startIso,
    stops,
    completedAt: firstResponse ? history.firstResponseAt : history.resolvedAt,
    completedIso: firstResponse ? history.firstResponseIso : history.resolvedIso,
    stoppedAt: history.cancelledAt,
    pausedNow: history.pausedNow,
  };
}

function calendarById(
  calendars: CalendarsById,
  id: string,
): Calendar | CompiledCalendar | undefined {
  if (calendars instanceof Map) return calendars.get(id);
  const record = calendars as Readonly<Record<string, Calendar | CompiledCalendar>>;
  return Object.hasOwn(record, id) ? record[id] : undefined;
}

function withoutClock(
  input: SlaClockInput,
  policyId: string | null,
  calendarId: string | null,
  explanation: SlaExplanation | null,
): SlaClockResult {
  return {
    ticketId: input.ticket.id,
    evaluatedAt: input.now,
    policyId,
    calendarId,
    paused: false,
    targets: NO_TARGETS,
    nextDueAt: null,
    nextTransitionAt: null,
    explanation,
  };
}
