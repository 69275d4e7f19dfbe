import type { Ticket, TicketComment } from '../../domain/ticket';

// Row ↔ domain mapping for tickets and comments, shared by the desktop store and the server:
// both keep these columns with the same names and meanings, so one mapping serves both and they
// cannot drift. Enum columns are trusted: only mutators (which validate) and migrations write them.

/** The ticket columns both databases keep (the desktop adds its own `seq`). */
// Type aliases (not interfaces) so rows stay assignable to Record<string, unknown> for bulk writers.
export type TicketColumns = {
  id: string;
  number: string | null;
  provisional_number: string;
  type: string;
  title: string;
  description: string;
  requester_id: string;
  organization_id: string;
  area_id: string | null;
  channel: string;
  category_id: string | null;
  impact: string;
  urgency: string;
  priority: string;
  status: string;
  assignee_id: string | null;
  group_id: string | null;
  level: string;
  problem_id: string | null;
  tags_json: string;
  created_at: string;
  updated_at: string;
  resolved_at: string | null;
  closed_at: string | null;
  sla_due_at: string | null;
  version: number;
};

/** The comment columns both databases keep. */
export type CommentColumns = {
  id: string;
  ticket_id: string;
  author_id: string;
  body: string;
  visibility: string;
  created_at: string;
};

export function ticketFromColumns(row: TicketColumns): Ticket {
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

const TICKET_COLUMNS: Record<keyof Omit<Ticket, 'id'>, keyof TicketColumns> = {
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

export function ticketPatchToColumns(patch: Partial<Omit<Ticket, 'id'>>): Partial<TicketColumns> {
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(patch)) {
    const column = TICKET_COLUMNS[key as keyof typeof TICKET_COLUMNS];
    if (!column || value === undefined) continue;
    row[column] = key === 'tags' ? JSON.stringify(value) : value;
  }
  return row as Partial<TicketColumns>;
}

export function ticketToColumns(ticket: Ticket): TicketColumns {
  return { id: ticket.id, ...ticketPatchToColumns(ticket) } as TicketColumns;
}

export function commentToColumns(comment: TicketComment): CommentColumns {
  return {
    id: comment.id,
    ticket_id: comment.ticketId,
    author_id: comment.authorId,
    body: comment.body,
    visibility: comment.visibility,
    created_at: comment.createdAt,
  };
}

export function commentFromColumns(row: CommentColumns): TicketComment {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    authorId: row.author_id,
    body: row.body,
    visibility: row.visibility as TicketComment['visibility'],
    createdAt: row.created_at,
  };
}
