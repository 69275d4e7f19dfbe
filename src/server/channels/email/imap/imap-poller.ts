import type { FastifyBaseLogger } from 'fastify';
import { ImapFlow } from 'imapflow';
import { resolveSecret, type ImapMailboxConfig } from '../email-config';
import { ingestEmail, recordRefused, type IngestEnvironment } from '../ingest/ingest-email';
import { readImapPosition, writeImapPosition } from './imap-position';

const MIN_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 60_000;

/**
 * Reads one IMAP mailbox: on connect and whenever the server announces new mail (IDLE; imapflow
 * falls back to NOOP polling where IDLE is missing) or the poll period passes. Each message is
 * fetched once by UID: the UID position advances in the same transaction as the ingest, so a
 * crash re-reads at most the message in flight (and its Message-ID makes that a no-op). Processed
 * mail is moved to `processedMailbox` or flagged \Seen. A lost connection is retried with
 * exponential backoff.
 */
export class ImapPoller {
  private stopped = false;
  private client: ImapFlow | null = null;
  private wakeUp: (() => void) | null = null;
  /** A wake-up that came while not sleeping (mail announced during a poll) is kept for the next sleep. */
  private wakePending = false;
  private loopDone: Promise<void> | null = null;
  private readonly key: string;
  /** Completed polls, for tests and health. */
  polls = 0;

  constructor(
    private readonly mailbox: ImapMailboxConfig,
    private readonly env: IngestEnvironment,
    private readonly log: FastifyBaseLogger,
  ) {
    this.key = `imap:${mailbox.name}`;
  }

  start(): void {
    this.loopDone = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake();
    await this.client?.logout().catch(() => undefined);
    this.client?.close();
    await this.loopDone;
  }

  /** Poll now (tests; an admin's "check mail"). */
  poke(): void {
    this.wake();
  }

  private wake(): void {
    this.wakePending = true;
    this.wakeUp?.();
  }

  private async run(): Promise<void> {
    let backoff = MIN_BACKOFF_MS;
    while (!this.stopped) {
      try {
        await this.session(() => (backoff = MIN_BACKOFF_MS));
      } catch (err) {
        if (!this.stopped) this.log.warn({ err, mailbox: this.mailbox.name }, 'imap: session ended');
      }
      if (this.stopped) break;
      await this.sleep(backoff + Math.round(Math.random() * backoff * 0.2));
      backoff = Math.min(MAX_BACKOFF_MS, backoff * 2);
    }
  }

  private sleep(ms: number): Promise<void> {
    if (this.wakePending) {
      this.wakePending = false;
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakePending = false;
        this.wakeUp = null;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
    });
  }

  private async session(onConnected: () => void): Promise<void> {
    const client = new ImapFlow({
      host: this.mailbox.host,
      port: this.mailbox.port,
      secure: this.mailbox.secure,
      auth: { user: this.mailbox.user, pass: resolveSecret(this.mailbox.password) },
      logger: false,
      maxIdleTime: this.mailbox.pollSeconds * 1000,
      // The poller runs its commands in short bursts, so IDLE can start almost at once after one.
      autoIdleDelay: 1000,
      missingIdleCommand: 'NOOP',
      connectionTimeout: 30_000,
    });
    this.client = client;
    let closed = false;
    client.on('error', (err: Error) =>
      this.log.warn({ err, mailbox: this.mailbox.name }, 'imap: connection error'),
    );
    client.on('close', () => {
      closed = true;
      this.wake();
    });
    client.on('exists', () => this.wake());
    await client.connect();
    if (this.mailbox.processedMailbox)
      await client.mailboxCreate(this.mailbox.processedMailbox).catch(() => undefined);
    try {
      onConnected();
      while (!this.stopped && !closed) {
        // The lock is held only while polling: imapflow starts IDLE (new-mail pushes) once it is free.
        const lock = await client.getMailboxLock(this.mailbox.mailbox);
        try {
          await this.pollOnce(client);
        } finally {
          lock.release();
        }
        this.polls += 1;
        if (this.stopped || closed) break;
        await this.sleep(this.mailbox.pollSeconds * 1000);
      }
    } finally {
      if (!closed) await client.logout().catch(() => undefined);
    }
  }

  private async pollOnce(client: ImapFlow): Promise<void> {
    const box = client.mailbox;
    if (!box) return;
    const uidValidity = String(box.uidValidity);
    const lastUid = await readImapPosition(this.env.db, this.key, uidValidity);
    // List first, fetch after: no other command may run while a FETCH stream is open.
    const pending: Array<{ uid: number; size: number }> = [];
    for await (const message of client.fetch(`${lastUid + 1}:*`, { uid: true, size: true }, { uid: true })) {
      if (message.uid > lastUid) pending.push({ uid: message.uid, size: message.size ?? 0 });
    }
    pending.sort((a, b) => a.uid - b.uid);
    for (const { uid, size } of pending) {
      if (this.stopped) return;
      await this.processOne(client, uid, size, uidValidity);
    }
  }

  private async processOne(client: ImapFlow, uid: number, size: number, uidValidity: string): Promise<void> {
    const source = { source: this.key, envelopeFrom: null };
    const hooks = {
      inTransaction: (trx: Parameters<typeof writeImapPosition>[0]) =>
        writeImapPosition(trx, this.key, uidValidity, uid),
    };
    if (size > this.env.config.limits.maxMessageBytes) {
      // Too large to fetch: only the headers are read, so the refusal is on record.
      const head = await client.fetchOne(String(uid), { headers: true }, { uid: true });
      const headers = head && head.headers ? head.headers : Buffer.alloc(0);
      await recordRefused(this.env, headers, source, 'too_large', hooks, size);
    } else {
      const message = await client.fetchOne(String(uid), { source: true }, { uid: true });
      if (!message || !message.source) return;
      await ingestEmail(this.env, message.source, source, hooks);
    }
    await this.markProcessed(client, uid);
  }

  private async markProcessed(client: ImapFlow, uid: number): Promise<void> {
    try {
      if (this.mailbox.processedMailbox)
        await client.messageMove(String(uid), this.mailbox.processedMailbox, { uid: true });
      else await client.messageFlagsAdd(String(uid), ['\\Seen'], { uid: true });
    } catch (err) {
      // The UID position already moved past it: it will not be read again either way.
      this.log.warn(
        { err, uid, mailbox: this.mailbox.name },
        'imap: could not move/flag a processed message',
      );
    }
  }
}
