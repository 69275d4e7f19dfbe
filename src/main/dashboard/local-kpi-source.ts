/**
 * The desktop's KPI loader over the local replica: the same columns as the server's loader
 * (src/server/reports/load-kpi-source.ts) and the same shared `buildKpiInput`, so the dashboard, the
 * report screen and the server's reports agree. Calls are the ones agents logged on tickets
 * (`call_logged` inbound events): the queue data (abandons) lives on the server.
 */
import type { Kysely } from 'kysely';
import { OPEN_STATUSES } from '../../shared/domain/ticket-enums';
import type { KpiCall } from '../../shared/kpi/index';
import type { KpiEventRow, KpiTicketRow } from '../../shared/reports/kpi-source';
import { KPI_SOURCE_EVENT_KINDS } from '../../shared/reports/kpi-source';
import type { TicketEventData } from '../../shared/domain/ticket-event';
import type { Database } from '../store/schema';

const TICKET_COLUMNS = [
  'id', 'number', 'provisional_number', 'title', 'type', 'channel', 'organization_id', 'area_id', 'group_id',
  'assignee_id', 'category_id', 'requester_id', 'priority', 'status', 'created_at', 'resolved_at', 'closed_at',
  'problem_id',
] as const;

type Row = {
  id: string; number: string | null; provisional_number: string; title: string; type: string; channel: string;
  organization_id: string; area_id: string | null; group_id: string | null; assignee_id: string | null;
  category_id: string | null; requester_id: string; priority: string; status: string; created_at: string;
  resolved_at: string | null; closed_at: string | null; problem_id: string | null;
};

export function toKpiTicketRow(r: Row): KpiTicketRow {
  return {
    id: r.id, number: r.number, provisionalNumber: r.provisional_number, title: r.title, type: r.type,
    channel: r.channel, organizationId: r.organization_id, areaId: r.area_id, groupId: r.group_id,
    assigneeId: r.assignee_id, categoryId: r.category_id, requesterId: r.requester_id, priority: r.priority,
    status: r.status, createdAt: r.created_at, resolvedAt: r.resolved_at, closedAt: r.closed_at, problemId: r.problem_id,
  };
}

export interface LocalRows {
  tickets: KpiTicketRow[];
  events: KpiEventRow[];
  /** call_logged events, to be turned into calls. */
  callEvents: KpiEventRow[];
}

/** Tickets that matter from `sinceIso` on (created since, or open, or finished since), or these ids. */
export async function loadLocalRows(
  db: Kysely<Database>,
  selection: { sinceIso: string; untilIso?: string } | { ids: readonly string[] },
): Promise<LocalRows> {
  let tickets = db.selectFrom('tickets').select(TICKET_COLUMNS);
  let events = db
    .selectFrom('ticket_events as e')
    .innerJoin('tickets as t', 't.id', 'e.ticket_id')
    .select(['e.id', 'e.ticket_id', 'e.actor_id', 'e.at', 'e.data_json', 'e.kind'])
    .where('e.kind', 'in', [...KPI_SOURCE_EVENT_KINDS, 'call_logged'])
    .orderBy('e.ticket_id')
    .orderBy('e.seq');
  if ('ids' in selection) {
    const ids = selection.ids.length > 0 ? [...selection.ids] : [''];
    tickets = tickets.where('id', 'in', ids);
    events = events.where('e.ticket_id', 'in', ids);
  } else {
    const since = selection.sinceIso;
    tickets = tickets.where((eb) =>
      eb.or([eb('created_at', '>=', since), eb('status', 'in', OPEN_STATUSES), eb('resolved_at', '>=', since), eb('closed_at', '>=', since)]),
    );
    events = events.where((eb) =>
      eb.or([eb('t.created_at', '>=', since), eb('t.status', 'in', OPEN_STATUSES), eb('t.resolved_at', '>=', since), eb('t.closed_at', '>=', since)]),
    );
    if (selection.untilIso) {
      tickets = tickets.where('created_at', '<', selection.untilIso);
      events = events.where('t.created_at', '<', selection.untilIso);
    }
  }
  const [ticketRows, eventRows] = await Promise.all([tickets.execute(), events.execute()]);
  const all = eventRows.map((e) => ({ row: { id: e.id, ticketId: e.ticket_id, actorId: e.actor_id, at: e.at, dataJson: e.data_json }, kind: e.kind }));
  return {
    tickets: ticketRows.map(toKpiTicketRow),
    events: all.filter((e) => e.kind !== 'call_logged').map((e) => e.row),
    callEvents: all.filter((e) => e.kind === 'call_logged').map((e) => e.row),
  };
}

/** Inbound calls the agents logged, as KPI calls (answered; organization from the ticket). */
export function callsFromLoggedEvents(rows: readonly KpiEventRow[], tickets: ReadonlyMap<string, KpiTicketRow>): KpiCall[] {
  const calls: KpiCall[] = [];
  for (const row of rows) {
    const data = JSON.parse(row.dataJson) as TicketEventData;
    if (data.kind !== 'call_logged' || data.direction !== 'inbound') continue;
    const ticket = tickets.get(row.ticketId);
    calls.push({
      id: data.callId,
      queueId: data.queue ?? '',
      enteredQueueAt: data.startedAt,
      answeredAt: data.answeredAt,
      abandonedAt: null,
      endedAt: data.endedAt,
      agentId: data.answeredAt ? row.actorId : null,
      ticketId: row.ticketId,
      organizationId: ticket?.organizationId ?? null,
      areaId: ticket?.areaId ?? null,
      groupId: ticket?.groupId ?? null,
      categoryId: ticket?.categoryId ?? null,
    });
  }
  return calls;
}
