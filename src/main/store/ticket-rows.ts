import type { Insertable, Selectable } from 'kysely';
import type { Ticket, TicketComment } from '../../shared/domain/ticket';
import type { TicketEvent } from '../../shared/domain/ticket-event';
import type { CommentsTable, TicketEventsTable, TicketsTable } from './schema';

// Row ↔ domain mapping lives in one place so the mutation tx, the queries and sync agree.
// Enum columns are trusted here: only mutators (which validate) and migrations write them.

type TicketRow = Selectable<TicketsTable>;
export type TicketInsertRow = Omit<TicketRow, 'seq'>;

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

const TICKET_COLUMNS: Record<keyof Omit<Ticket, 'id'>, keyof TicketInsertRow> = {
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

export function ticketPatchToRow(patch: Partial<Omit<Ticket, 'id'>>): Partial<TicketInsertRow> {
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    const column = TICKET_COLUMNS[key as keyof typeof TICKET_COLUMNS];
    if (!column || value === undefined) continue;
    row[column] = key === 'tags' ? JSON.stringify(value) : value;
  }
  return row as Partial<TicketInsertRow>;
}

export function ticketToRow(ticket: Ticket): TicketInsertRow {
  return { id: ticket.id, ...ticketPatchToRow(ticket) } as TicketInsertRow;
}

export function eventToRow(event: TicketEvent): Insertable<TicketEventsTable> {
  return {
    id: event.id,
    ticket_id: event.ticketId,
    actor_id: event.actorId,
    device_id: event.deviceId,
    at: event.at,
    offline: event.offline ? 1 : 0,
    kind: event.data.kind,
    data_json: JSON.stringify(event.data),
    client_at: event.clientAt ?? null,
    time_corrected: event.timeCorrected ? 1 : 0,
  };
}

export function eventFromRow(row: Selectable<TicketEventsTable>): TicketEvent {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    actorId: row.actor_id,
    deviceId: row.device_id,
    at: row.at,
    offline: row.offline === 1,
    ...(row.client_at !== null ? { clientAt: row.client_at } : {}),
    ...(row.time_corrected === 1 ? { timeCorrected: true } : {}),
    data: JSON.parse(row.data_json) as TicketEvent['data'],
  };
}

export function commentToRow(comment: TicketComment): Insertable<CommentsTable> {
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
