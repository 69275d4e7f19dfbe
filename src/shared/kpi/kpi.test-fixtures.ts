/**
 * Small hand-built desks for the KPI tests. Only imported by *.test.ts files.
 *
 * Calendar `office`: UTC, Monday–Friday 09:00–17:00 (480 business minutes a day), so business minutes
 * can be counted by hand. November 2026: the 1st is a Sunday, the 2nd a Monday; the 30th a Monday.
 */
import type { Id } from '../domain/ids';
import type { Channel, TicketStatus } from '../domain/ticket-enums';
import type { TicketEvent, TicketEventData } from '../domain/ticket-event';
import type { Calendar } from '../sla/index';
import type { KpiCall, KpiInput, KpiTicket } from './kpi-input';
import type { KpiPeriod } from './kpi-period';

export const NOVEMBER: KpiPeriod = { from: '2026-11-01', to: '2026-12-01', timeZone: 'UTC' };
export const OCTOBER: KpiPeriod = { from: '2026-10-01', to: '2026-11-01', timeZone: 'UTC' };
export const NOW = '2026-12-10T00:00:00Z';

const day: Array<[string, string]> = [['09:00', '17:00']];
export const OFFICE: Calendar = { name: 'office', timeZone: 'UTC', hours: { mon: day, tue: day, wed: day, thu: day, fri: day } };

/** `u('11-02 09:30')` → '2026-11-02T09:30:00Z'; a full date (`'2026-10-30 10:00'`) works too. */
export function u(text: string): string {
  const [date, time] = text.split(' ');
  const fullDate = date!.length === 5 ? `2026-${date}` : date!;
  return `${fullDate}T${time ?? '00:00'}:00Z`;
}

export const REQUESTER = 'req-1';

export class HistoryBuilder {
  readonly events: TicketEvent[] = [];
  status: TicketStatus = 'new';
  assigneeId: Id | null = null;
  groupId: Id | null = 'g1';
  resolvedAt: string | null = null;
  closedAt: string | null = null;

  constructor(
    readonly ticketId: Id,
    readonly requesterId: Id,
  ) {}

  private add(at: string, actorId: Id, data: TicketEventData): this {
    this.events.push({
      id: `${this.ticketId}-e${this.events.length + 1}`,
      ticketId: this.ticketId,
      actorId,
      deviceId: 'device-test',
      at: u(at),
      offline: false,
      data,
    });
    return this;
  }

  created(at: string, channel: Channel = 'email'): this {
    return this.add(at, this.requesterId, { kind: 'created', channel, status: 'new', priority: 'P3' });
  }

  assign(at: string, agentId: Id, groupId: Id | null = this.groupId): this {
    const from = { assigneeId: this.assigneeId, groupId: this.groupId };
    this.assigneeId = agentId;
    this.groupId = groupId;
    return this.add(at, agentId, { kind: 'assigned', from, to: { assigneeId: agentId, groupId } });
  }

  move(at: string, to: TicketStatus, actorId: Id): this {
    const from = this.status;
    this.status = to;
    if (to === 'resolved') this.resolvedAt = u(at);
    else if (to === 'closed' || to === 'cancelled') this.closedAt = u(at);
    else this.resolvedAt = null;
    return this.add(at, actorId, { kind: 'status_changed', from, to, reason: null });
  }

  comment(at: string, actorId: Id, visibility: 'public' | 'internal' = 'public'): this {
    return this.add(at, actorId, { kind: 'commented', commentId: `${this.ticketId}-c${this.events.length}`, visibility });
  }

  resolve(at: string, agentId: Id, firstContact = true): this {
    this.move(at, 'resolved', agentId);
    return this.add(at, agentId, { kind: 'resolution_recorded', resolutionCode: 'fixed', solution: 'ok', firstContact });
  }

  escalate(at: string, agentId: Id, toAgentId: Id, toGroupId: Id): this {
    this.add(at, agentId, {
      kind: 'escalated',
      escalation: 'functional',
      from: { assigneeId: agentId, groupId: this.groupId, level: 'N1' },
      to: { assigneeId: toAgentId, groupId: toGroupId, level: 'N2' },
      reason: 'needs N2',
    });
    return this.assign(at, toAgentId, toGroupId);
  }

  document(at: string, agentId: Id, seconds: number): this {
    return this.add(at, agentId, { kind: 'documentation_time_recorded', seconds });
  }

  rootCause(at: string, agentId: Id): this {
    return this.add(at, agentId, { kind: 'problem_updated', rootCause: 'bad cable' });
  }
}

/**
 * A ticket created at `createdAt` (with its `created` event); `build` writes the rest of the history and
 * the ticket's status, assignee, group and instants follow it.
 */
export function ticket(
  id: Id,
  createdAt: string,
  build: (h: HistoryBuilder) => void = () => {},
  overrides: Partial<KpiTicket> = {},
): KpiTicket {
  const h = new HistoryBuilder(id, overrides.requesterId ?? REQUESTER);
  h.created(createdAt, overrides.channel ?? 'email');
  build(h);
  return {
    id,
    type: 'incident',
    channel: 'email',
    organizationId: 'org-a',
    areaId: 'area-a1',
    groupId: h.groupId,
    assigneeId: h.assigneeId,
    categoryId: 'cat-net',
    requesterId: REQUESTER,
    priority: 'P3',
    status: h.status,
    createdAt: u(createdAt),
    resolvedAt: h.resolvedAt,
    closedAt: h.closedAt,
    problemId: null,
    calendarId: 'office',
    events: h.events,
    slaTargets: [],
    surveys: [],
    ...overrides,
  };
}

export function call(id: Id, entered: string, outcome: Partial<KpiCall> = {}): KpiCall {
  return {
    id,
    queueId: 'q1',
    enteredQueueAt: u(entered),
    answeredAt: null,
    abandonedAt: null,
    endedAt: null,
    agentId: null,
    ticketId: null,
    organizationId: 'org-a',
    areaId: 'area-a1',
    groupId: 'g1',
    categoryId: null,
    ...outcome,
  };
}

/** Seconds after an instant given as `u()` text, as an ISO instant (calls are measured in seconds). */
export function plus(at: string, seconds: number): string {
  return new Date(Date.parse(u(at)) + seconds * 1000).toISOString().replace('.000Z', 'Z');
}

export function desk(tickets: KpiTicket[], calls: KpiCall[] = [], extra: Partial<KpiInput> = {}): KpiInput {
  return {
    tickets,
    calls,
    calendars: { office: OFFICE },
    categories: [
      { id: 'cat-net', parentId: null },
      { id: 'cat-net-wifi', parentId: 'cat-net' },
      { id: 'cat-net-wifi-guest', parentId: 'cat-net-wifi' },
      { id: 'cat-print', parentId: null },
    ],
    now: NOW,
    ...extra,
  };
}

/** The report's KPIs by id: value and sample size, for compact assertions. */
export function byId(report: { kpis: ReadonlyArray<{ id: string; value: number | null; sampleSize: number }> }): Record<
  string,
  { value: number | null; n: number }
> {
  return Object.fromEntries(report.kpis.map((k) => [k.id, { value: k.value, n: k.sampleSize }]));
}
