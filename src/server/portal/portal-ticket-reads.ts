import type { Kysely } from 'kysely';
import { displayNumber, type Ticket } from '../../shared/domain/ticket';
import { TicketEventDataSchema } from '../../shared/domain/ticket-event';
import type {
  PortalCategory,
  PortalHistoryItem,
  PortalTicketDetail,
  PortalTicketSummary,
} from '../../shared/portal/portal-api';
import { buildCategoryTree, type CategoryNode } from '../../shared/domain/category';
import { categoryFromRow } from '../db/rows/reference-rows';
import { ticketFromRow } from '../db/rows/ticket-rows';
import type { ServerDatabase } from '../db/schema';
import { listAttachments } from './portal-attachments';
import type { PortalViewer } from './portal-visibility';

const LIST_LIMIT = 200;

function summary(ticket: Ticket, viewer: PortalViewer, requesterName: string): PortalTicketSummary {
  return {
    id: ticket.id,
    number: displayNumber(ticket),
    title: ticket.title,
    status: ticket.status,
    channel: ticket.channel,
    createdAt: ticket.createdAt,
    updatedAt: ticket.updatedAt,
    mine: ticket.requesterId === viewer.requesterId,
    requesterName,
  };
}

/** The viewer's requests (or the organization's, when shared), newest activity first. */
export async function listPortalTickets(
  db: Kysely<ServerDatabase>,
  viewer: PortalViewer,
  scope: 'mine' | 'organization',
): Promise<PortalTicketSummary[]> {
  const rows = await db
    .selectFrom('tickets')
    .innerJoin('requesters', 'requesters.id', 'tickets.requester_id')
    .selectAll('tickets')
    .select('requesters.name as requester_name')
    .$if(scope === 'organization' && viewer.organizationVisible, (qb) =>
      qb.where('tickets.organization_id', '=', viewer.organizationId),
    )
    .$if(!(scope === 'organization' && viewer.organizationVisible), (qb) =>
      qb.where('tickets.requester_id', '=', viewer.requesterId),
    )
    .orderBy('tickets.updated_at', 'desc')
    .orderBy('tickets.id', 'desc')
    .limit(LIST_LIMIT)
    .execute();
  return rows.map((row) => summary(ticketFromRow(row), viewer, row.requester_name));
}

export async function listPortalCategories(db: Kysely<ServerDatabase>): Promise<PortalCategory[]> {
  const rows = await db.selectFrom('categories').selectAll().where('active', '=', 1).execute();
  const out: PortalCategory[] = [];
  const walk = (nodes: CategoryNode[]) => {
    for (const n of [...nodes].sort((a, b) => a.name.es.localeCompare(b.name.es))) {
      out.push({ id: n.id, parentId: n.parentId, name: n.name, depth: n.depth, defaultType: n.defaultType });
      walk(n.children);
    }
  };
  walk(buildCategoryTree(rows.map(categoryFromRow)));
  return out;
}

const SHOWN_EVENTS = new Set(['created', 'status_changed', 'assigned', 'resolution_recorded', 'rated']);

async function history(db: Kysely<ServerDatabase>, ticket: Ticket, viewer: PortalViewer): Promise<PortalHistoryItem[]> {
  const comments = await db
    .selectFrom('comments')
    .leftJoin('agents', 'agents.id', 'comments.author_id')
    .leftJoin('requesters', 'requesters.id', 'comments.author_id')
    .select([
      'comments.id',
      'comments.author_id',
      'comments.body',
      'comments.created_at',
      'agents.name as agent_name',
      'requesters.name as requester_name',
    ])
    .where('comments.ticket_id', '=', ticket.id)
    .where('comments.visibility', '=', 'public')
    .execute();
  const items: PortalHistoryItem[] = comments.map((c) => ({
    kind: 'comment',
    id: c.id,
    at: c.created_at,
    author: c.author_id === viewer.requesterId ? 'you' : c.agent_name !== null ? 'desk' : 'requester',
    authorName: c.agent_name ?? c.requester_name ?? '',
    body: c.body,
  }));
  const events = await db
    .selectFrom('ticket_events')
    .select(['id', 'at', 'kind', 'data_json'])
    .where('ticket_id', '=', ticket.id)
    .where('staff_only', '=', 0)
    .execute();
  for (const e of events) {
    if (!SHOWN_EVENTS.has(e.kind)) continue;
    const parsed = TicketEventDataSchema.safeParse(JSON.parse(e.data_json));
    if (!parsed.success) continue;
    const d = parsed.data;
    const params: Record<string, string | number> = {};
    if (d.kind === 'status_changed') params.status = d.to;
    if (d.kind === 'resolution_recorded') params.solution = d.solution;
    if (d.kind === 'rated') params.score = d.score;
    items.push({ kind: 'event', id: e.id, at: e.at, event: d.kind, params });
  }
  return items.sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id));
}

export async function portalTicketDetail(
  db: Kysely<ServerDatabase>,
  viewer: PortalViewer,
  ticket: Ticket,
): Promise<PortalTicketDetail> {
  const requester = await db.selectFrom('requesters').select('name').where('id', '=', ticket.requesterId).executeTakeFirst();
  const category = ticket.categoryId
    ? await db.selectFrom('categories').selectAll().where('id', '=', ticket.categoryId).executeTakeFirst()
    : undefined;
  const items = await history(db, ticket, viewer);
  const ratedEvent = await db
    .selectFrom('ticket_events')
    .select('data_json')
    .where('ticket_id', '=', ticket.id)
    .where('kind', '=', 'rated')
    .executeTakeFirst();
  const rated = ratedEvent ? (JSON.parse(ratedEvent.data_json) as { score: number; comment: string | null }) : null;
  const mine = ticket.requesterId === viewer.requesterId;
  return {
    ...summary(ticket, viewer, requester?.name ?? ''),
    type: ticket.type,
    description: ticket.description,
    categoryName: category ? { es: category.name_es, en: category.name_en } : null,
    history: items,
    attachments: await listAttachments(db, ticket.id),
    rating: rated ? { score: rated.score, comment: rated.comment } : null,
    canReply: mine && !['closed', 'cancelled'].includes(ticket.status),
    canConfirm: mine && ticket.status === 'resolved',
    canRate: mine && ticket.status === 'closed' && rated === null,
  };
}
