/**
 * What the KPIs read: plain data the desktop store or the server can produce with a few bulk queries,
 * already grouped per ticket, so every KPI is one pass over arrays and nothing joins N².
 *
 * Instants are ISO-8601 strings as stored (UTC `Z` or with an offset). The producer:
 * - selects the tickets that can matter for the period: created before its end and not finished before
 *   its start, plus the incidents of the repeat window before it (see `kpiLookbackStart`);
 * - attaches each ticket's events of `KPI_EVENT_KINDS` in append order;
 * - attaches the SLA target outcomes (`slaTargetsFromClock(slaClock(…))`, sla-compliance-kpi.ts);
 * - gives calls that entered a queue in the period.
 */
import type { Id } from '../domain/ids';
import type { Channel, Priority, TicketStatus, TicketType } from '../domain/ticket-enums';
import type { SlaTargetKind, TicketEvent, TicketEventKind } from '../domain/ticket-event';
import type { Calendar, CompiledCalendar } from '../sla/index';
import type { SlaClockState } from '../sla/clock-types';

/** The history kinds a KPI reads; the producer may drop every other kind (alerts, checklists…). */
export const KPI_EVENT_KINDS = [
  'created',
  'status_changed',
  'assigned',
  'commented',
  'escalated',
  'resolution_recorded',
  'documentation_time_recorded',
  'problem_updated',
] as const satisfies readonly TicketEventKind[];

/** One target of one ticket as the SLA clock decided it (the clock's own fields, nothing recomputed). */
export interface KpiSlaTarget {
  target: SlaTargetKind;
  state: SlaClockState;
  /** When the target was met (the response, the resolution…), else null. */
  completedAt: string | null;
  /** The due instant when it was breached, else null. */
  breachedAt: string | null;
  /** False for targets a cancelled ticket left unfinished: neither met nor breached. */
  applicable: boolean;
}

/** A satisfaction survey sent for a ticket, and its answer if any. */
export interface KpiSurvey {
  sentAt: string;
  rating: KpiRating | null;
}

export interface KpiRating {
  /** 1–5. */
  score: number;
  comment: string | null;
  respondedAt: string;
}

export interface KpiTicket {
  id: Id;
  type: TicketType;
  channel: Channel;
  organizationId: Id;
  areaId: Id | null;
  groupId: Id | null;
  assigneeId: Id | null;
  categoryId: Id | null;
  requesterId: Id;
  priority: Priority;
  /** Current status; the KPIs use the status at the period's end, folded from the events. */
  status: TicketStatus;
  createdAt: string;
  /** Used only when the events carry no status change (a producer that sends no history). */
  resolvedAt: string | null;
  closedAt: string | null;
  problemId: Id | null;
  /** Calendar of the SLA policy in force (the producer picks it with `selectPolicy`); null means 24×7. */
  calendarId: Id | null;
  /** This ticket's events of KPI_EVENT_KINDS, in append order (the store's sequence). */
  events: readonly TicketEvent[];
  slaTargets: readonly KpiSlaTarget[];
  surveys: readonly KpiSurvey[];
}

/** A phone call that entered a queue (from the call-queue webhook or Asterisk `queue_log`). */
export interface KpiCall {
  id: Id;
  queueId: Id;
  enteredQueueAt: string;
  answeredAt: string | null;
  /** The caller hung up while waiting. A call with neither answer nor abandon but ended (timeout,
   * voicemail) counts as offered and unanswered; one with none of the three is still waiting and is
   * left out. */
  abandonedAt: string | null;
  endedAt: string | null;
  /** The agent who answered. */
  agentId: Id | null;
  ticketId: Id | null;
  /** Filled by the producer from the caller or the linked ticket; null when unknown (a filter on the
   * field then excludes the call). */
  organizationId: Id | null;
  areaId: Id | null;
  /** The group the queue belongs to. */
  groupId: Id | null;
  /** The linked ticket's category. */
  categoryId: Id | null;
}

export interface KpiCategory {
  id: Id;
  parentId: Id | null;
}

export type KpiCalendars =
  | Readonly<Record<Id, Calendar | CompiledCalendar>>
  | ReadonlyMap<Id, Calendar | CompiledCalendar>;

export interface KpiInput {
  tickets: readonly KpiTicket[];
  calls: readonly KpiCall[];
  calendars: KpiCalendars;
  /** The category tree, so a category filter takes its descendants too. */
  categories: readonly KpiCategory[];
  /**
   * Who counts as an agent for "by an agent" (first response, start of attention). Absent: anyone but
   * the ticket's requester and `system…` actors — the SLA clock's default, so both agree.
   */
  agentIds?: readonly Id[];
  /** The instant the data was read: a period that has not ended yet is measured up to here. */
  now: string;
}
