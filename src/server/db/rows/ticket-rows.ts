import type { Selectable } from 'kysely';
import type { TicketColumns } from '../../../shared/sync/rows/ticket-columns';
import type { TicketEvent } from '../../../shared/domain/ticket-event';
import type { TicketEventsTable } from '../schema';

// Event rows differ from the desktop's (clock audit and visibility columns); tickets and comments
// come from the shared mapping. Enum columns are trusted because only mutators write them.

export type TicketRow = TicketColumns;
export type TicketEventRow = Selectable<TicketEventsTable>;

// Tickets and comments map the same way on the server and the desktop: one shared mapping.
export {
  commentFromColumns as commentFromRow,
  commentToColumns as commentToRow,
  ticketFromColumns as ticketFromRow,
  ticketPatchToColumns as ticketPatchToRow,
  ticketToColumns as ticketToRow,
} from '../../../shared/sync/rows/ticket-columns';

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
