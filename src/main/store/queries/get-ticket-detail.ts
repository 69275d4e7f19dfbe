import type { Kysely } from 'kysely';
import type { Requester } from '../../../shared/domain/people';
import type { Ticket, TicketComment } from '../../../shared/domain/ticket';
import type { TicketEvent } from '../../../shared/domain/ticket-event';
import { requesterFromRow } from '../reference-rows';
import type { Database } from '../schema';
import { commentFromRow, eventFromRow, ticketFromRow } from '../ticket-rows';

export interface TicketDetail {
  ticket: Ticket;
  /** Null when the requester is outside this device's synced scope. */
  requester: Requester | null;
  /** Chronological (append order). */
  comments: TicketComment[];
  /** Chronological (append order). */
  events: TicketEvent[];
}

/** The ticket view: the ticket, its requester and its whole history, oldest first. */
export async function getTicketDetail(db: Kysely<Database>, id: string): Promise<TicketDetail | undefined> {
  const row = await db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const [requester, comments, events] = await Promise.all([
    db.selectFrom('requesters').selectAll().where('id', '=', row.requester_id).executeTakeFirst(),
    // seq is the append order; the (ticket_id, seq) indexes return it without sorting.
    db.selectFrom('comments').selectAll().where('ticket_id', '=', id).orderBy('seq').execute(),
    db.selectFrom('ticket_events').selectAll().where('ticket_id', '=', id).orderBy('seq').execute(),
  ]);
  return {
    ticket: ticketFromRow(row),
    requester: requester ? requesterFromRow(requester) : null,
    comments: comments.map(commentFromRow),
    events: events.map(eventFromRow),
  };
}
