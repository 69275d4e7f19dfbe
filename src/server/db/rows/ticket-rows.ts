import type { Selectable } from 'kysely';
import type { Ticket, TicketComment } from '../../../shared/domain/ticket';
import type { TicketEvent } from '../../../shared/domain/ticket-event';
import type { CommentsTable, TicketEventsTable, TicketsTable } from '../schema';

// Row ↔ domain mapping for the server schema. It mirrors src/main/store/ticket-rows.ts (the desktop
// one cannot be imported from here); enum columns are trusted because only mutators write them.

export type TicketRow = Selectable<TicketsTable>;
export type TicketEventRow = Selectable<TicketEventsTable>;

export function ticketFromRow(row: TicketRow): Ticket {
  return {
    id: row.id,
    number: row.number,
    provisionalNumber: row.provisional_number,
    type: row.type as Ticket['type'],
    title: row.title,
    description: row.description,
    requesterId: row.requester_id,
    organizationId: row.organization_id,
    areaId: row.area_id,
    channel: row.channel as Ticket['channel'],
    categoryId: row.category_id,
    impact: row.impact as Ticket['impact'],
    urgency: row.urgency as Ticket['urgency'],
    priority: row.priority as Ticket['priority'],
    status: row.status as Ticket['status'],
    assigneeId: row.assignee_id,
    groupId: row.group_id,
    level: row.level as Ticket['level'],
    problemId: row.problem_id,
    tags: JSON.parse(row.tags_json) as string[],
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    resolvedAt: row.resolved_at,
    closedAt: row.closed_at,
    slaDueAt: row.sla_due_at,
    version: row.version,
  };
}

const TICKET_COLUMNS: Record<keyof Omit<Ticket, 'id'>, keyof TicketRow> = {
  number: 'number',
  provisionalNumber: 'provisional_number',
  type: 'type',
  title: 'title',
  description: 'description',
  requesterId: 'requester_id',
  organizationId: 'organization_id',
  areaId: 'area_id',
  channel: 'channel',
  categoryId: 'category_id',
  impact: 'impact',
  urgency: 'urgency',
  priority: 'priority',
  status: 'status',
  assigneeId: 'assignee_id',
  groupId: 'group_id',
  level: 'level',
  problemId: 'problem_id',
  tags: 'tags_json',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  resolvedAt: 'resolved_at',
  closedAt: 'closed_at',
  slaDueAt: 'sla_due_at',
  version: 'version',
};

export function ticketPatchToRow(patch: Partial<Omit<Ticket, 'id'>>): Partial<TicketRow> {
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    const column = TICKET_COLUMNS[key as keyof typeof TICKET_COLUMNS];
    if (!column || value === undefined) continue;
    row[column] = key === 'tags' ? JSON.stringify(value) : value;
  }
  return row as Partial<TicketRow>;
}

export function ticketToRow(ticket: Ticket): TicketRow {
  return { id: ticket.id, ...ticketPatchToRow(ticket) } as TicketRow;
}

/** How the server stamps an event beyond the shared schema (clock clamping, visibility). */
export interface EventStamp {
  clientAt: string | null;
  timeCorrected: boolean;
  staffOnly: boolean;
}

/** The event as clients receive it: the shared shape plus the server's clock audit fields. */
export type ServerTicketEvent = TicketEvent & { clientAt: string | null; timeCorrected: boolean };

export function eventToRow(event: TicketEvent, stamp: EventStamp): TicketEventRow {
  return {
    id: event.id,
    ticket_id: event.ticketId,
    actor_id: event.actorId,
    device_id: event.deviceId,
    at: event.at,
    offline: event.offline ? 1 : 0,
    kind: event.data.kind,
    data_json: JSON.stringify(event.data),
    client_at: stamp.clientAt,
    time_corrected: stamp.timeCorrected ? 1 : 0,
    staff_only: stamp.staffOnly ? 1 : 0,
  };
}

export function eventFromRow(row: TicketEventRow): ServerTicketEvent {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    actorId: row.actor_id,
    deviceId: row.device_id,
    at: row.at,
    offline: row.offline === 1,
    data: JSON.parse(row.data_json) as TicketEvent['data'],
    clientAt: row.client_at,
    timeCorrected: row.time_corrected === 1,
  };
}

export function commentToRow(comment: TicketComment): Selectable<CommentsTable> {
  return {
    id: comment.id,
    ticket_id: comment.ticketId,
    author_id: comment.authorId,
    body: comment.body,
    visibility: comment.visibility,
    created_at: comment.createdAt,
  };
}

export function commentFromRow(row: Selectable<CommentsTable>): TicketComment {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    authorId: row.author_id,
    body: row.body,
    visibility: row.visibility as TicketComment['visibility'],
    createdAt: row.created_at,
  };
}
