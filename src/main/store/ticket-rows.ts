import type { Insertable, Selectable } from 'kysely';
import type { TicketColumns } from '../../shared/sync/rows/ticket-columns';
import type { TicketEvent } from '../../shared/domain/ticket-event';
import type { TicketEventsTable } from './schema';

// Row ↔ domain mapping lives in one place so the mutation tx, the queries and sync agree.
// Enum columns are trusted here: only mutators (which validate) and migrations write them.

export type TicketInsertRow = TicketColumns;

// Tickets and comments map the same way on the desktop and the server: one shared mapping.
export {
  commentFromColumns as commentFromRow,
  commentToColumns as commentToRow,
  ticketFromColumns as ticketFromRow,
  ticketPatchToColumns as ticketPatchToRow,
  ticketToColumns as ticketToRow,
} from '../../shared/sync/rows/ticket-columns';

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
