import type { Kysely } from 'kysely';
import type { FastifyBaseLogger } from 'fastify';
import { currentChangeSeq } from '../../db/counters';
import type { ServerDatabase } from '../../db/schema';

export interface ChangeBatch {
  /** Every change up to this seq has been looked at. */
  lastSeq: number;
  /** The scopes touched since the previous batch. */
  scopes: ReadonlySet<string>;
}
export type ChangeListener = (batch: ChangeBatch) => void;

/** How instances tell each other "something committed" (PostgreSQL LISTEN/NOTIFY; none on SQLite). */
export interface ChangeRelay {
  start(onRemoteChange: () => void): Promise<void>;
  announce(seq: number): void;
  stop(): Promise<void>;
}

/**
 * Turns commits into scope notices for live sockets. It never trusts a message for *what* changed:
 * any hint (local commit, a relay message, the safety-net timer) only triggers a catch-up that reads
 * the change log past the last seq it has seen. Since seq is commit-ordered, nothing is skipped.
 */
export class ChangeFeed {
  private lastSeen = 0;
  private readonly listeners = new Set<ChangeListener>();
  private running: Promise<void> | null = null;
  private rerun = false;
  private timer: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(
    private readonly db: Kysely<ServerDatabase>,
    private readonly log: FastifyBaseLogger,
    private readonly relay: ChangeRelay | null,
    private readonly safetyNetMs: number,
  ) {}

  async start(): Promise<void> {
    this.lastSeen = await currentChangeSeq(this.db);
    if (this.relay) await this.relay.start(() => this.hint());
    // Safety net: a lost NOTIFY (relay reconnecting, another instance crashing mid-send) is found here.
    if (this.safetyNetMs > 0) {
      this.timer = setInterval(() => this.hint(), this.safetyNetMs);
      this.timer.unref();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.relay?.stop();
    await this.running;
  }

  get lastSeq(): number {
    return this.lastSeen;
  }

  subscribe(listener: ChangeListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Called after this instance commits changes up to `seq`. */
  committed(seq: number): void {
    this.relay?.announce(seq);
    this.hint();
  }

  /** Something may have committed somewhere: catch up (coalesced; one catch-up at a time). */
  hint(): void {
    if (this.stopped) return;
    if (this.running) {
      this.rerun = true;
      return;
    }
    this.running = this.catchUpLoop().finally(() => {
      this.running = null;
    });
  }

  /** Resolves once every change committed before the call has been looked at (tests, shutdown). */
  async settle(): Promise<void> {
    this.hint();
    while (this.running) await this.running;
  }

  private async catchUpLoop(): Promise<void> {
    do {
      this.rerun = false;
      try {
        await this.catchUp();
      } catch (err) {
        this.log.warn({ err }, 'change feed catch-up failed; the safety net will retry');
        return;
      }
    } while (this.rerun && !this.stopped);
  }

  private async catchUp(): Promise<void> {
    const high = await currentChangeSeq(this.db);
    if (high <= this.lastSeen) return;
    const rows = await this.db
      .selectFrom('change_log_scopes')
      .select('scope')
      .distinct()
      .where('seq', '>', this.lastSeen)
      .where('seq', '<=', high)
      .execute();
    this.lastSeen = high;
    const batch: ChangeBatch = { lastSeq: high, scopes: new Set(rows.map((r) => r.scope)) };
    for (const listener of this.listeners) {
      try {
        listener(batch);
      } catch (err) {
        this.log.warn({ err }, 'change listener failed');
      }
    }
  }
}
