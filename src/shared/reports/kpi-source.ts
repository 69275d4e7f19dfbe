/**
 * The one producer step shared by the desktop (local replica) and the server (its database): plain rows
 * as both stores keep them → the KPI library's input. Both sides load the same columns and call this,
 * so the dashboard and the reports compute the same numbers for the same data (docs/kpis.md, Reports).
 *
 * - SLA outcomes are read from the history (sla-outcomes.ts): the server keeps no SLA policies.
 * - A satisfaction survey is offered when a ticket closes; the `rated` event is its answer.
 */
import type { Id } from '../domain/ids';
import type { Channel, Priority, TicketStatus, TicketType } from '../domain/ticket-enums';
import type { TicketEvent } from '../domain/ticket-event';
import type { KpiCalendars, KpiCall, KpiCategory, KpiInput, KpiSurvey, KpiTicket } from '../kpi/index';
import { KPI_EVENT_KINDS } from '../kpi/index';
import { slaOutcomesFromEvents } from './sla-outcomes';

/** Event kinds the loaders read: the KPI kinds plus SLA alerts (outcomes, breach list) and ratings. */
export const KPI_SOURCE_EVENT_KINDS: readonly string[] = [...KPI_EVENT_KINDS, 'sla_alert', 'rated'];

export interface KpiTicketRow {
  id: Id;
  number: string | null;
  provisionalNumber: string;
  title: string;
  type: string;
  channel: string;
  organizationId: Id;
  areaId: Id | null;
  groupId: Id | null;
  assigneeId: Id | null;
  categoryId: Id | null;
  requesterId: Id;
  priority: string;
  status: string;
  createdAt: string;
  resolvedAt: string | null;
  closedAt: string | null;
  problemId: Id | null;
}

export interface KpiEventRow {
  id: Id;
  ticketId: Id;
  actorId: Id;
  at: string;
  dataJson: string;
}

export interface KpiSource {
  tickets: readonly KpiTicketRow[];
  /** Grouped by ticket in append order (any ticket order). */
  events: readonly KpiEventRow[];
  /** The events already grouped per ticket (`groupEvents`), instead of `events`: a loader that groups
   * its rows as it reads them skips a million intermediate row objects. */
  history?: Map<Id, TicketEvent[]>;
  calls: readonly KpiCall[];
  categories: readonly KpiCategory[];
  calendars?: KpiCalendars;
  agentIds?: readonly Id[];
  now: string;
}

export interface TicketMeta {
  number: string;
  title: string;
}

export interface KpiSourceResult {
  input: KpiInput;
  meta: Map<Id, TicketMeta>;
  /** Every event loaded, per ticket (the breach causes read more than the KPI kinds). */
  history: Map<Id, TicketEvent[]>;
}

const KPI_KINDS = new Set<string>(KPI_EVENT_KINDS);

/** One stored event row → the history event (its JSON parsed once). */
export function kpiEventOf(id: Id, ticketId: Id, actorId: Id, at: string, dataJson: string): TicketEvent {
  return {
    id,
    ticketId,
    actorId,
    deviceId: '',
    at,
    offline: false,
    data: JSON.parse(dataJson) as TicketEvent['data'],
  };
}

/** Appends an event to its ticket's history (rows come grouped by ticket: the last list is reused). */
export class HistoryGrouper {
  readonly history = new Map<Id, TicketEvent[]>();
  private lastId: Id | null = null;
  private last: TicketEvent[] = [];

  add(event: TicketEvent): void {
    if (event.ticketId !== this.lastId) {
      this.lastId = event.ticketId;
      let list = this.history.get(event.ticketId);
      if (list === undefined) this.history.set(event.ticketId, (list = []));
      this.last = list;
    }
    this.last.push(event);
  }
}

export function groupEvents(rows: readonly KpiEventRow[]): Map<Id, TicketEvent[]> {
  const grouper = new HistoryGrouper();
  for (const row of rows) grouper.add(kpiEventOf(row.id, row.ticketId, row.actorId, row.at, row.dataJson));
  return grouper.history;
}

/** One ticket row and its history → the KPI ticket (also used by the dashboard's incremental cache). */
export function kpiTicketOf(row: KpiTicketRow, history: readonly TicketEvent[]): KpiTicket {
  return {
    id: row.id,
    type: row.type as TicketType,
    channel: row.channel as Channel,
    organizationId: row.organizationId,
    areaId: row.areaId,
    groupId: row.groupId,
    assigneeId: row.assigneeId,
    categoryId: row.categoryId,
    requesterId: row.requesterId,
    priority: row.priority as Priority,
    status: row.status as TicketStatus,
    createdAt: row.createdAt,
    resolvedAt: row.resolvedAt,
    closedAt: row.closedAt,
    problemId: row.problemId,
    calendarId: null,
    events: history.filter((e) => KPI_KINDS.has(e.data.kind)),
    slaTargets: slaOutcomesFromEvents(row, history),
    surveys: surveysOf(history),
  };
}

/** A survey per closure; the first `rated` answer belongs to the closure before it. */
export function surveysOf(history: readonly TicketEvent[]): KpiSurvey[] {
  const surveys: KpiSurvey[] = [];
  for (const event of history) {
    const data = event.data;
    if (data.kind === 'status_changed' && data.to === 'closed') surveys.push({ sentAt: event.at, rating: null });
    if (data.kind === 'rated') {
      const open = surveys.findLast((s) => s.rating === null);
      const rating = { score: data.score, comment: data.comment, respondedAt: event.at };
      if (open) open.rating = rating;
      else surveys.push({ sentAt: event.at, rating });
    }
  }
  return surveys;
}

export function buildKpiInput(source: KpiSource): KpiSourceResult {
  const history = source.history ?? groupEvents(source.events);
  const meta = new Map<Id, TicketMeta>();
  const tickets: KpiTicket[] = [];
  for (const row of source.tickets) {
    meta.set(row.id, { number: row.number ?? row.provisionalNumber, title: row.title });
    tickets.push(kpiTicketOf(row, history.get(row.id) ?? []));
  }
  const input: KpiInput = {
    tickets,
    calls: source.calls,
    calendars: source.calendars ?? {},
    categories: source.categories,
    now: source.now,
  };
  if (source.agentIds) input.agentIds = source.agentIds;
  return { input, meta, history };
}
