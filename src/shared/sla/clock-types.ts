/**
 * Input and output shapes of the SLA clock (`slaClock`, clock.ts). Instants are ISO strings in, and
 * `YYYY-MM-DDTHH:MM:SSZ` out; durations are whole business seconds.
 */
import type { SlaAlertLevel, SlaTargetKind, TicketEvent } from '../domain/ticket-event';
import type { Calendar } from './calendar-schema';
import type { CompiledCalendar } from './compiled-calendar';
import type { PolicySelectionReason } from './policy';
import type { PolicyMatchField, SlaPolicy } from './policy-schema';
import type { ThirdPartyResponsibility } from './pausing-status';
import type { ClockMessageCode } from './clock-messages';

export type { SlaAlertLevel, SlaTargetKind } from '../domain/ticket-event';

/** The ticket attributes the clock reads (a full domain Ticket fits). */
export interface SlaClockTicket {
  id: string;
  createdAt: string;
  status: string;
  priority: string;
  type: string;
  organizationId: string;
  areaId: string | null;
  categoryId: string | null;
  /** Events by the requester never count as an agent response. */
  requesterId?: string | null;
}

/** The organization's agreement, as far as the clock cares. */
export interface SlaContract {
  id: string;
  organizationId: string;
  name?: string;
  thirdPartyResponsibility?: ThirdPartyResponsibility | null;
}

export type CalendarsById =
  | Readonly<Record<string, Calendar | CompiledCalendar>>
  | ReadonlyMap<string, Calendar | CompiledCalendar>;

export interface SlaClockInput {
  ticket: SlaClockTicket;
  /** The ticket's history in the order it was appended (store sequence). */
  events: readonly TicketEvent[];
  policies: readonly SlaPolicy[];
  calendars: CalendarsById;
  contract?: SlaContract | null;
  now: string;
  /**
   * Whether an actor is an agent of the desk. Default: anyone but the requester and `system…` actors.
   */
  isAgentActor?: (actorId: string) => boolean;
}

export interface SlaClockOptions {
  /** Build the explanation (default true). The timer engine turns it off on its hot path. */
  explain?: boolean;
}

export type SlaClockState = 'running' | 'paused' | 'met' | 'warning' | 'breached';

/** The highest threshold the elapsed time has reached. */
export type SlaThresholdLevel = 'none' | SlaAlertLevel;

export interface SlaTargetClock {
  target: SlaTargetKind;
  targetSeconds: number;
  state: SlaClockState;
  level: SlaThresholdLevel;
  /** Where the clock of this target starts: creation, or the last public update for next_update. */
  startedAt: string;
  /**
   * When the target is (or was) due. While paused it is projected as if the clock resumed now, so it
   * moves until the pause ends.
   */
  dueAt: string;
  elapsedSeconds: number;
  /** targetSeconds − elapsedSeconds: negative once overdue. */
  remainingSeconds: number;
  /** When the target event happened (response, update cycle end, resolution), else null. */
  completedAt: string | null;
  /** The due instant when the target was breached (even if the event came later), else null. */
  breachedAt: string | null;
  /** False for targets a cancelled ticket left unfinished: they count neither as met nor breached. */
  applicable: boolean;
  /** Next threshold this target crosses if nothing else happens; null when paused, done or breached. */
  nextTransitionAt: string | null;
  nextLevel: SlaAlertLevel | null;
}

export interface SlaClockTargets {
  firstResponse: SlaTargetClock | null;
  /** Only when the policy has a next-update target. */
  nextUpdate: SlaTargetClock | null;
  resolution: SlaTargetClock | null;
}

export interface SlaExplanationItem {
  code: ClockMessageCode | `policy.reason.${string}`;
  params: Record<string, string | number>;
}

export interface SlaPauseSpan {
  from: string;
  /** null while the pause is still going on. */
  to: string | null;
  status: string;
  /** Who moved the ticket into the pausing status. */
  actorId: string;
  businessSeconds: number;
}

export interface SlaPolicySwitch {
  at: string;
  fromPolicyId: string | null;
  toPolicyId: string | null;
  field: PolicyMatchField;
  fromValue: string | null;
  toValue: string | null;
  actorId: string;
}

export interface SlaExplanation {
  policy: { id: string; name: string; reason: PolicySelectionReason } | null;
  calendar: { id: string; name: string; timeZone: string } | null;
  pauses: SlaPauseSpan[];
  policySwitches: SlaPolicySwitch[];
  /** Ready-to-translate lines for the ticket's SLA panel, in display order. */
  items: SlaExplanationItem[];
}

export interface SlaClockResult {
  ticketId: string;
  evaluatedAt: string;
  policyId: string | null;
  calendarId: string | null;
  paused: boolean;
  targets: SlaClockTargets;
  /** Earliest due time of a target still running or paused (what the queue sorts by). */
  nextDueAt: string | null;
  /** Earliest nextTransitionAt over the targets: what the timer engine sleeps until. */
  nextTransitionAt: string | null;
  explanation: SlaExplanation | null;
}
