import type { Kysely } from 'kysely';
import type { Ticket } from '../../../../shared/domain/ticket';
import { ticketFromRow } from '../../../db/rows/ticket-rows';
import type { ServerDatabase } from '../../../db/schema';
import { mailDb } from '../mail-tables';
import { ticketNumberInSubject } from '../parse/subject-tag';

export interface ThreadMatch {
  ticket: Ticket;
  via: 'references' | 'subject_tag';
}

/**
 * The ticket a message continues: first by its In-Reply-To/References against every Message-ID Mesa
 * sent or received for a ticket (the strongest evidence), then by the `[MS-n]` tag in the subject.
 */
export async function findThread(
  db: Kysely<ServerDatabase>,
  threadIds: readonly string[],
  subject: string,
): Promise<ThreadMatch | null> {
  if (threadIds.length > 0) {
    const known = await mailDb(db)
      .selectFrom('mail_messages')
      .select('ticket_id')
      .where('message_id', 'in', [...threadIds])
      .where('ticket_id', 'is not', null)
      .orderBy('created_at', 'desc')
      .executeTakeFirst();
    // A reply can beat the outbox's own record of the send: queued Message-IDs count too.
    const queued = known
      ? undefined
      : await mailDb(db)
          .selectFrom('mail_outbox')
          .select('ticket_id')
          .where('message_id', 'in', [...threadIds])
          .where('ticket_id', 'is not', null)
          .executeTakeFirst();
    const ticketId = known?.ticket_id ?? queued?.ticket_id;
    const ticket = ticketId ? await ticketById(db, ticketId) : null;
    if (ticket) return { ticket, via: 'references' };
  }
  const number = ticketNumberInSubject(subject);
  if (!number) return null;
  const row = await db.selectFrom('tickets').selectAll().where('number', '=', number).executeTakeFirst();
  return row ? { ticket: ticketFromRow(row), via: 'subject_tag' } : null;
}

async function ticketById(db: Kysely<ServerDatabase>, id: string): Promise<Ticket | null> {
  const row = await db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirst();
  return row ? ticketFromRow(row) : null;
}
