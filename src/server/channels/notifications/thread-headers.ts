import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../../db/schema';
import { mailDb } from '../email/mail-tables';

const MAX_REFERENCES = 20;

/**
 * In-Reply-To and References for the next mail on a ticket, so the requester's client threads it:
 * every Message-ID of the ticket's conversation (received, sent and queued), oldest first; the
 * reply goes to the requester's last message, else to the last one Mesa sent.
 */
export async function threadHeaders(
  db: Kysely<ServerDatabase>,
  ticketId: string,
): Promise<{ inReplyTo: string | null; references: string[] }> {
  const mail = mailDb(db);
  const messages = await mail
    .selectFrom('mail_messages')
    .select(['message_id', 'direction', 'created_at'])
    .where('ticket_id', '=', ticketId)
    .where('kind', 'in', ['new_ticket', 'reply', 'follow_up', 'notification'])
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  const queued = await mail
    .selectFrom('mail_outbox')
    .select(['message_id', 'created_at'])
    .where('ticket_id', '=', ticketId)
    .where('status', '=', 'pending')
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  // Array.prototype.sort is stable: at equal instants, recorded messages stay before queued ones.
  const all = [...messages, ...queued.map((q) => ({ ...q, direction: 'out' as const }))].sort((a, b) =>
    a.created_at.localeCompare(b.created_at),
  );
  const ids = [...new Set(all.map((m) => m.message_id))];
  const lastIncoming = [...messages].reverse().find((m) => m.direction === 'in');
  return {
    inReplyTo: lastIncoming?.message_id ?? ids.at(-1) ?? null,
    references: ids.slice(-MAX_REFERENCES),
  };
}
