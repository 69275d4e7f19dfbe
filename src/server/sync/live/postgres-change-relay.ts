import { randomUUID } from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import { sql, type Kysely } from 'kysely';
import pg from 'pg';
import type { ServerDatabase } from '../../db/schema';
import type { ChangeRelay } from './change-feed';

export const NOTIFY_CHANNEL = 'mesa_changes';
const BATCH_MS = 10;
const RECONNECT_MS = 1000;

/**
 * Relays "changes committed up to seq N" between instances sharing one PostgreSQL. The payload is
 * ids only (instance, seq), never row data; commits within BATCH_MS of a NOTIFY share the next one. Listening
 * needs its own connection (a pooled one would drop LISTEN when returned to the pool).
 */
export class PostgresChangeRelay implements ChangeRelay {
  readonly instanceId = randomUUID();
  private listener: pg.Client | null = null;
  private pendingSeq = 0;
  private flushTimer: NodeJS.Timeout | null = null;
  private lastFlushAt = 0;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private stopped = false;
  private onRemote: () => void = () => {};

  constructor(
    private readonly url: string,
    private readonly db: Kysely<ServerDatabase>,
    private readonly log: FastifyBaseLogger,
  ) {}

  async start(onRemoteChange: () => void): Promise<void> {
    this.onRemote = onRemoteChange;
    await this.connect();
  }

  /**
   * Leading edge: a commit after a quiet BATCH_MS is announced at once (propagation latency); commits
   * within BATCH_MS of the previous NOTIFY share one trailing NOTIFY.
   */
  announce(seq: number): void {
    this.pendingSeq = Math.max(this.pendingSeq, seq);
    if (this.flushTimer) return;
    const wait = this.lastFlushAt + BATCH_MS - Date.now();
    if (wait <= 0) {
      this.lastFlushAt = Date.now();
      void this.flush();
      return;
    }
    this.flushTimer = setTimeout(() => {
      this.lastFlushAt = Date.now();
      void this.flush();
    }, wait);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.flushTimer) {
      clearTimeout(this.flushTimer);
      await this.flush();
    }
    const client = this.listener;
    this.listener = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.url });
    client.on('notification', (msg) => {
      if (msg.channel !== NOTIFY_CHANNEL || !msg.payload) return;
      try {
        const payload = JSON.parse(msg.payload) as { instance?: string };
        if (payload.instance !== this.instanceId) this.onRemote();
      } catch {
        this.onRemote();
      }
    });
    client.on('error', (err) => {
      this.log.warn({ err }, 'LISTEN connection lost; reconnecting');
      this.scheduleReconnect(client);
    });
    await client.connect();
    await client.query(`LISTEN ${NOTIFY_CHANNEL}`);
    this.listener = client;
    // Whatever committed while we were not listening is found by catching up now.
    this.onRemote();
  }

  private scheduleReconnect(broken: pg.Client): void {
    if (this.stopped || this.reconnectTimer) return;
    void broken.end().catch(() => undefined);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      this.connect().catch((err: unknown) => {
        this.log.warn({ err }, 'LISTEN reconnect failed');
        this.scheduleReconnect(broken);
      });
    }, RECONNECT_MS);
  }

  private async flush(): Promise<void> {
    this.flushTimer = null;
    const seq = this.pendingSeq;
    if (seq === 0) return;
    const payload = JSON.stringify({ instance: this.instanceId, seq });
    try {
      await sql`select pg_notify(${NOTIFY_CHANNEL}, ${payload})`.execute(this.db);
    } catch (err) {
      // Not fatal: other instances' safety-net check finds the change anyway.
      this.log.warn({ err }, 'NOTIFY failed');
    }
  }
}
