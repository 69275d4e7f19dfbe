import type { FastifyBaseLogger } from 'fastify';
import type { Kysely, Selectable } from 'kysely';
import { newId } from '../../../shared/domain/ids';
import type { ServerDatabase } from '../../db/schema';
import { mailDb, type MailOutboxTable } from '../email/mail-tables';
import { isPermanentFailure, nextAttemptDelayMs, type RetryPolicy } from './retry-schedule';
import type { MailSender } from './smtp-sender';

export interface OutboxWorkerOptions {
  db: Kysely<ServerDatabase>;
  sender: MailSender;
  policy: RetryPolicy & { pollMs: number };
  fromAddress: string;
  now: () => number;
  log: FastifyBaseLogger;
  /** How long a claimed row is left alone by other instances while this one sends it. */
  leaseMs?: number;
  batchSize?: number;
}

type OutboxRow = Selectable<MailOutboxTable>;

/**
 * Sends the outbox. A row is leased before sending (several server instances never send one mail
 * twice while both are alive), marked sent with its Message-ID recorded in mail_messages (so replies
 * and bounces find their ticket), or rescheduled with exponential backoff. An SMTP outage only
 * delays mail; after maxAttempts, or on a permanent 5xx refusal, the row is marked failed and kept.
 */
export class OutboxWorker {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(private readonly options: OutboxWorkerOptions) {}

  start(): void {
    this.timer = setInterval(() => this.wake(), this.options.policy.pollMs);
    this.timer.unref();
    this.wake();
  }

  /** Something was queued or is due: drain now (coalesced, one drain at a time). */
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
    if (this.timer) clearInterval(this.timer);
    await this.running;
    this.options.sender.close();
  }

  /** Waits for the current drain (tests and graceful shutdown). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  private async loop(): Promise<void> {
    do {
      this.again = false;
      try {
        await this.drainOnce();
      } catch (err) {
        this.options.log.warn({ err }, 'mail outbox: drain failed');
      }
    } while (this.again && !this.stopped);
  }

  /** Sends every due row once; returns how many were attempted. */
  async drainOnce(): Promise<number> {
    const nowIso = new Date(this.options.now()).toISOString();
    const due = await mailDb(this.options.db)
      .selectFrom('mail_outbox')
      .selectAll()
      .where('status', '=', 'pending')
      .where('next_attempt_at', '<=', nowIso)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', nowIso)]))
      .orderBy('next_attempt_at')
      .limit(this.options.batchSize ?? 50)
      .execute();
    let attempted = 0;
    for (const row of due) {
      if (this.stopped) break;
      if (!(await this.lease(row, nowIso))) continue;
      attempted += 1;
      await this.sendOne(row);
    }
    return attempted;
  }

  private async lease(row: OutboxRow, nowIso: string): Promise<boolean> {
    const until = new Date(this.options.now() + (this.options.leaseMs ?? 120_000)).toISOString();
    const result = await mailDb(this.options.db)
      .updateTable('mail_outbox')
      .set({ locked_until: until })
      .where('id', '=', row.id)
      .where('status', '=', 'pending')
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', nowIso)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  }

  private async sendOne(row: OutboxRow): Promise<void> {
    try {
      await this.options.sender.send({
        messageId: row.message_id,
        to: row.to_address,
        subject: row.subject,
        text: row.text_body,
        html: row.html_body,
        inReplyTo: row.in_reply_to,
        references: JSON.parse(row.references_json) as string[],
      });
    } catch (error) {
      await this.recordFailure(row, error);
      return;
    }
    await this.recordSent(row);
  }

  private async recordSent(row: OutboxRow): Promise<void> {
    const nowIso = new Date(this.options.now()).toISOString();
    await this.options.db.transaction().execute(async (trx) => {
      const db = mailDb(trx);
      await db
        .updateTable('mail_outbox')
        .set({
          status: 'sent',
          sent_at: nowIso,
          attempts: row.attempts + 1,
          locked_until: null,
          last_error: null,
        })
        .where('id', '=', row.id)
        .execute();
      await db
        .insertInto('mail_messages')
        .values({
          id: newId(),
          direction: 'out',
          message_id: row.message_id,
          in_reply_to: row.in_reply_to,
          references_json: row.references_json,
          ticket_id: row.ticket_id,
          comment_id: null,
          outbox_id: row.id,
          kind: 'notification',
          source: 'outbox',
          from_address: this.options.fromAddress,
          to_json: JSON.stringify([row.to_address]),
          subject: row.subject,
          text_body: row.text_body,
          quoted_text: '',
          html_body: row.html_body,
          size: row.text_body.length + (row.html_body?.length ?? 0),
          details_json: JSON.stringify({ notification: row.kind }),
          created_at: nowIso,
        })
        .onConflict((oc) => oc.columns(['direction', 'message_id']).doNothing())
        .execute();
    });
  }

  private async recordFailure(row: OutboxRow, error: unknown): Promise<void> {
    const attempts = row.attempts + 1;
    const permanent = isPermanentFailure(error);
    const exhausted = attempts >= this.options.policy.maxAttempts;
    const message = error instanceof Error ? error.message : String(error);
    const nextAt = new Date(
      this.options.now() + nextAttemptDelayMs(this.options.policy, attempts),
    ).toISOString();
    await mailDb(this.options.db)
      .updateTable('mail_outbox')
      .set({
        status: permanent || exhausted ? 'failed' : 'pending',
        attempts,
        next_attempt_at: nextAt,
        locked_until: null,
        last_error: message.slice(0, 1000),
      })
      .where('id', '=', row.id)
      .execute();
    this.options.log.warn(
      { outboxId: row.id, attempts, permanent, err: message },
      'mail outbox: send failed',
    );
  }
}
