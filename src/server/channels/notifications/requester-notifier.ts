import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { newId } from '../../../shared/domain/ids';
import { isMesaError } from '../../../shared/errors';
import type { TicketEvent } from '../../../shared/domain/ticket-event';
import { currentChangeSeq } from '../../db/counters';
import type { DialectName } from '../../db/open-database';
import { ticketFromRow } from '../../db/rows/ticket-rows';
import type { ServerDatabase } from '../../db/schema';
import { messageIdDomainOf, type EmailChannelConfig } from '../email/email-config';
import { mailDb } from '../email/mail-tables';
import { enqueueMail, newMessageId, type OutgoingMail } from '../outbox/enqueue-mail';
import { composeNotification } from './compose-notification';
import { rulesFor } from './notification-rules';
import { notificationFor } from './notification-triggers';

export interface RequesterNotifierOptions {
  db: Kysely<ServerDatabase>;
  dialect: DialectName;
  config: EmailChannelConfig;
  secret: Buffer;
  now: () => number;
  log: FastifyBaseLogger;
  /** Told after a batch queued mail (wakes the outbox worker). */
  onQueued: () => void;
  batchSize?: number;
}

const CURSOR = 'notifier_seq';

/**
 * Turns ticket events into requester notifications. It follows the change log with its own cursor:
 * whatever made the event (a desktop's push, the portal, an email), the notification is queued after
 * the event committed, exactly once — the cursor moves in the same transaction as the queued mail,
 * and on PostgreSQL its row lock makes instances take turns.
 */
export class RequesterNotifier {
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(private readonly options: RequesterNotifierOptions) {}

  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.loop().finally(() => (this.running = null));
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.running;
  }

  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        while ((await this.processBatch()) > 0 && !this.stopped);
      } catch (err) {
        this.options.log.warn({ err }, 'requester notifier: batch failed');
      }
    } while (this.again && !this.stopped);
  }

  /** One batch of events past the cursor; returns how many queued mails it made. */
  async processBatch(): Promise<number> {
    const { db, dialect } = this.options;
    const limit = this.options.batchSize ?? 200;
    let queued = 0;
    await db.transaction().execute(async (trx) => {
      const cursorRow = await mailDb(trx)
        .selectFrom('mail_settings')
        .select('value')
        .where('name', '=', CURSOR)
        .$if(dialect === 'postgres', (qb) => qb.forUpdate())
        .executeTakeFirstOrThrow();
      const cursor = Number(cursorRow.value);
      const committed = await currentChangeSeq(trx);
      if (committed <= cursor) return;
      const rows = await trx
        .selectFrom('change_log')
        .select(['seq', 'row_json'])
        .where('seq', '>', cursor)
        .where('seq', '<=', committed)
        .where('table_name', '=', 'ticket_events')
        .orderBy('seq')
        .limit(limit)
        .execute();
      for (const row of rows)
        if (row.row_json && (await this.notify(trx, JSON.parse(row.row_json) as TicketEvent))) queued += 1;
      const next = rows.length === limit ? Number(rows.at(-1)?.seq) : committed;
      await mailDb(trx)
        .updateTable('mail_settings')
        .set({ value: String(next) })
        .where('name', '=', CURSOR)
        .execute();
    });
    if (queued > 0) this.options.onQueued();
    return queued;
  }

  private async notify(trx: Kysely<ServerDatabase>, event: TicketEvent): Promise<boolean> {
    const ticketRow = await trx
      .selectFrom('tickets')
      .selectAll()
      .where('id', '=', event.ticketId)
      .executeTakeFirst();
    if (!ticketRow) return false;
    const ticket = ticketFromRow(ticketRow);
    const agent = await trx
      .selectFrom('agents')
      .select('id')
      .where('id', '=', event.actorId)
      .executeTakeFirst();
    const kind = notificationFor(event, ticket, agent !== undefined);
    if (!kind || !(await rulesFor(trx, ticket.organizationId))[kind]) return false;
    const { config, secret, now } = this.options;
    const mail = await composeNotification({ trx, config, secret, nowMs: now() }, kind, event, ticket);
    if (!mail) return false;
    const nowIso = new Date(now()).toISOString();
    try {
      await enqueueMail(trx, mail, { messageIdDomain: messageIdDomainOf(config), nowIso });
      return true;
    } catch (error) {
      if (!isMesaError(error)) throw error;
      await this.recordRefused(trx, mail, error.code, nowIso);
      return false;
    }
  }

  /** A mail refused before queueing (header injection) is kept as failed, for the record. */
  private async recordRefused(trx: Kysely<ServerDatabase>, mail: OutgoingMail, code: string, nowIso: string) {
    this.options.log.warn({ ticketId: mail.ticketId, code }, 'requester notifier: mail refused');
    await mailDb(trx)
      .insertInto('mail_outbox')
      .values({
        id: newId(),
        message_id: newMessageId(messageIdDomainOf(this.options.config)),
        ticket_id: mail.ticketId,
        kind: mail.kind,
        to_address: mail.to,
        subject: mail.subject,
        text_body: mail.text,
        html_body: mail.html,
        in_reply_to: mail.inReplyTo,
        references_json: JSON.stringify(mail.references),
        status: 'failed',
        attempts: 0,
        next_attempt_at: nowIso,
        locked_until: null,
        last_error: code,
        created_at: nowIso,
        sent_at: null,
      })
      .execute();
  }
}
