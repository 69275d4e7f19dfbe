/**
 * What the SLA engine reads per ticket: the attributes the clock and the alerts need, and the events
 * that matter to the clock (plus alert acknowledgments made on other devices), in append order.
 */
import { sql, type Kysely } from 'kysely';
import { OPEN_STATUSES } from '../../../shared/domain/ticket-enums';
import type { TicketEvent } from '../../../shared/domain/ticket-event';
import type { SlaClockTicket } from '../../../shared/sla/clock-types';
import type { Database } from '../schema';

export interface SlaWatchedTicket extends SlaClockTicket {
  displayNumber: string;
  title: string;
  assigneeId: string | null;
  groupId: string | null;
  slaDueAt: string | null;
}

export interface SlaTicketInputs {
  ticket: SlaWatchedTicket;
  events: TicketEvent[];
}

const CLOCK_EVENT_KINDS = [
  'created',
  'status_changed',
  'commented',
  'prioritized',
  'categorized',
  'sla_alert_acknowledged',
] as const;

const TICKET_COLUMNS = [
  'id',
  'number',
  'provisional_number',
  'title',
  'status',
  'priority',
  'type',
  'organization_id',
  'area_id',
  'category_id',
  'requester_id',
  'assignee_id',
  'group_id',
  'created_at',
  'sla_due_at',
] as const;

type TicketRow = {
  id: string;
  number: string | null;
  provisional_number: string;
  title: string;
  status: string;
  priority: string;
  type: string;
  organization_id: string;
  area_id: string | null;
  category_id: string | null;
  requester_id: string;
  assignee_id: string | null;
  group_id: string | null;
  created_at: string;
  sla_due_at: string | null;
};

type EventRow = { id: string; ticket_id: string; actor_id: string; device_id: string; at: string; offline: number; data_json: string };

function toWatched(row: TicketRow): SlaWatchedTicket {
  return {
    id: row.id,
    displayNumber: row.number ?? row.provisional_number,
    title: row.title,
    createdAt: row.created_at,
    status: row.status,
    priority: row.priority,
    type: row.type,
    organizationId: row.organization_id,
    areaId: row.area_id,
    categoryId: row.category_id,
    requesterId: row.requester_id,
    assigneeId: row.assignee_id,
    groupId: row.group_id,
    slaDueAt: row.sla_due_at,
  };
}

function toEvent(row: EventRow): TicketEvent {
  return {
    id: row.id,
    ticketId: row.ticket_id,
    actorId: row.actor_id,
    deviceId: row.device_id,
    at: row.at,
    offline: row.offline === 1,
    data: JSON.parse(row.data_json) as TicketEvent['data'],
  };
}

/** Every open ticket with its clock events: one query for tickets, one for events. */
export async function loadOpenTicketInputs(db: Kysely<Database>): Promise<SlaTicketInputs[]> {
  const tickets = await db.selectFrom('tickets').select(TICKET_COLUMNS).where('status', 'in', OPEN_STATUSES).execute();
  const byId = new Map<string, SlaTicketInputs>();
  for (const row of tickets) byId.set(row.id, { ticket: toWatched(row), events: [] });
  const events = await db
    .selectFrom('ticket_events as e')
    .innerJoin('tickets as t', 't.id', 'e.ticket_id')
    .select(['e.id', 'e.ticket_id', 'e.actor_id', 'e.device_id', 'e.at', 'e.offline', 'e.data_json'])
    .where('t.status', 'in', OPEN_STATUSES)
    .where('e.kind', 'in', CLOCK_EVENT_KINDS)
    .orderBy('e.seq')
    .execute();
  for (const row of events) byId.get(row.ticket_id)?.events.push(toEvent(row));
  return [...byId.values()];
}

/** One ticket (open or not: a ticket that just closed must be taken off the plan). */
export async function loadTicketInputs(db: Kysely<Database>, ticketId: string): Promise<SlaTicketInputs | undefined> {
  const row = await db.selectFrom('tickets').select(TICKET_COLUMNS).where('id', '=', ticketId).executeTakeFirst();
  if (!row) return undefined;
  const events = await db
    .selectFrom('ticket_events')
    .select(['id', 'ticket_id', 'actor_id', 'device_id', 'at', 'offline', 'data_json'])
    .where('ticket_id', '=', ticketId)
    .where('kind', 'in', CLOCK_EVENT_KINDS)
    .orderBy('seq')
    .execute();
  return { ticket: toWatched(row), events: events.map(toEvent) };
}

/** Rows per UPDATE … FROM (VALUES …): 2 parameters each, far below SQLite's parameter limit. */
const DUE_BATCH = 500;

/**
 * The cached next-due column the queue sorts by. Callers pass only rows whose value changed; a full
 * re-plan may change them all, so they are written in batches of one statement each.
 */
export async function writeSlaDueAt(
  db: Kysely<Database>,
  changes: ReadonlyArray<{ ticketId: string; slaDueAt: string | null }>,
): Promise<void> {
  if (changes.length === 0) return;
  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < changes.length; start += DUE_BATCH) {
      const rows = changes.slice(start, start + DUE_BATCH).map((c) => sql`(${c.ticketId}, ${c.slaDueAt})`);
      await sql`UPDATE tickets SET sla_due_at = v.column2 FROM (VALUES ${sql.join(rows)}) AS v
        WHERE tickets.id = v.column1`.execute(trx);
    }
  });
}
