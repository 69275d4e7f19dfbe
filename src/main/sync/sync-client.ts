import type { Kysely } from 'kysely';
import type { SyncProgress, SyncStatus } from '../../shared/api/sync-schemas';
import type { IdGenerator } from '../../shared/domain/ids';
import type { PriorityMatrix } from '../../shared/domain/priority';
import { MesaError, isMesaError } from '../../shared/errors';
import type { ActorRole } from '../../shared/sync/mutation-tx';
import type { Clock } from '../services/clock';
import { readMeta, writeMeta } from '../store/queries/sync-meta';
import type { Database } from '../store/schema';
import { endBulkSnapshot } from '../store/bulk-snapshot';
import { applyPullPage } from './apply-pull-page';
import { createBackoff, type Backoff } from './backoff';
import { openLiveSocket, type LiveSocket } from './live-socket';
import { nextPushBatch, recordPushResults } from './push-outbox';
import { resetLocalCopy } from './reset-local-copy';
import { correctedNowIso, measureOffsetMs } from './server-clock';
import { ServerAnswerError, TransientSyncError, createSyncHttp, type SyncHttp } from './sync-http';
import { rejectionsAfter, rejectionsKnownThrough } from './sync-issues';
import { SYNC_META } from './sync-meta-keys';
import { readQueueCounts } from './sync-status-counts';
import { realTimers, type Timers } from './timers';
import type { TokenVault } from './token-vault';

export interface SyncChange {
  ticketIds: string[];
  referenceChanged: boolean;
}

export interface SyncClientOptions {
  db: Kysely<Database>;
  serverUrl: string;
  vault: TokenVault;
  clock: Clock;
  newId: IdGenerator;
  priorityMatrix: PriorityMatrix;
  /** The device id: this install's mutation queue on the server. */
  clientId: string;
  timers?: Timers;
  /** Seeded in tests; Math.random in production (jitter only, never ids). */
  random?: () => number;
  fetch?: typeof fetch;
  pullLimit?: number;
  /** Rows per snapshot page (compact format); change-log pages stay at `pullLimit`. Default 10 000. */
  snapshotLimit?: number;
  /** Safety-net pull even without pokes (docs/sync.md: "every few minutes"). */
  periodicPullMs?: number;
  live?: boolean;
  onChange(change: SyncChange): void;
  onStatus(status: SyncStatus): void;
  log?: (line: string) => void;
}

const isSnapshotCursor = (cursor: string): boolean => cursor === '0' || cursor.startsWith('s.');

/**
 * The desktop half of sync: push the outbox, pull pages into the local store, listen for pokes,
 * retry with backoff and jitter. One cycle at a time; a request during a cycle runs one more after.
 */
export class SyncClient {
  private readonly db: Kysely<Database>;
  private readonly http: SyncHttp;
  private readonly timers: Timers;
  private readonly backoff: Backoff;
  private readonly liveBackoff: Backoff;
  private token: string | null = null;
  private tokenStored = false;
  private offsetMs = 0;
  private connection: SyncStatus['connection'] = 'connecting';
  private progress: SyncProgress | null = null;
  private lastError: SyncStatus['lastError'] = null;
  private lastSyncAt: string | null = null;
  private ready = false;
  private running: Promise<void> | null = null;
  private again = false;
  private retryTimer: unknown = null;
  private periodicTimer: unknown = null;
  private liveTimer: unknown = null;
  private live: LiveSocket | null = null;
  private knownSeq = 0;
  private stopped = false;

  constructor(private readonly options: SyncClientOptions) {
    this.db = options.db;
    this.timers = options.timers ?? realTimers;
    const random = options.random ?? Math.random;
    this.backoff = createBackoff({ baseMs: 1000, maxMs: 60_000, random });
    this.liveBackoff = createBackoff({ baseMs: 1000, maxMs: 60_000, random });
    this.http = createSyncHttp({
      baseUrl: options.serverUrl,
      fetch: options.fetch,
      onAnswer: (sent, received, date) => {
        const offset = measureOffsetMs(sent, received, date);
        if (offset !== null) this.offsetMs = offset;
      },
    });
  }

  get serverUrl(): string {
    return this.http.baseUrl;
  }

  /** Loads the stored session and state, and starts syncing if signed in. */
  async start(): Promise<void> {
    // A snapshot cut short by a crash left the store in bulk mode: indexes, search and counts back first.
    await endBulkSnapshot(this.db);
    this.offsetMs = Number((await readMeta(this.db, SYNC_META.serverOffsetMs)) ?? 0);
    this.lastSyncAt = (await readMeta(this.db, SYNC_META.lastSyncAt)) ?? null;
    this.ready = (await readMeta(this.db, SYNC_META.firstPass)) === 'done';
    this.token = await this.options.vault.load().catch(() => null);
    this.tokenStored = this.token !== null;
    this.connection = this.token ? 'connecting' : 'offline';
    if (this.token) this.requestSync();
    this.schedulePeriodic();
    await this.emitStatus();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    for (const t of [this.retryTimer, this.periodicTimer, this.liveTimer]) if (t !== null) this.timers.clearTimeout(t);
    this.live?.close();
    this.live = null;
    await this.running?.catch(() => undefined);
  }

  isOnline(): boolean {
    return this.connection === 'online';
  }

  isSignedIn(): boolean {
    return this.token !== null;
  }

  /** The live session token (the chat relay opens its own socket with it); null when signed out. */
  sessionToken(): string | null {
    return this.token;
  }

  isReady(): boolean {
    return this.ready;
  }

  /** Device time corrected by the last measured server offset (DESIGN.md, SLA: offline time). */
  stampNow(): string {
    return correctedNowIso(this.options.clock, this.offsetMs);
  }

  /**
   * Signs in: the token goes to the vault (refused in plain text: then it lives in memory for this
   * run only, and the status says so). A fresh device then takes the agent's own queue and the
   * reference data first; the rest follows in the background with progress.
   */
  async login(email: string, password: string): Promise<{ agentId: string; role: ActorRole }> {
    const answer = await this.http.login(email, password).catch((error: unknown) => {
      if (error instanceof TransientSyncError) throw new MesaError('sync.unreachable', { url: this.http.baseUrl });
      throw error;
    });
    const { user } = answer;
    if (!user.agentId || user.role === 'requester') throw new MesaError('sync.desk_account_required');
    const previousUser = await readMeta(this.db, SYNC_META.userId);
    if (previousUser && previousUser !== user.id) {
      const queued = await this.db.selectFrom('outbox').select('mutation_id').limit(1).executeTakeFirst();
      // Another account's unsent work must never be sent (or dropped) under this one.
      if (queued) throw new MesaError('sync.client_forbidden', { clientId: this.options.clientId });
      await resetLocalCopy(this.db);
      await writeMeta(this.db, SYNC_META.rejectionsThrough, '0');
      await writeMeta(this.db, SYNC_META.lastMutationId, '0');
      await writeMeta(this.db, SYNC_META.clientId, `${this.options.clientId.slice(0, 60)}-${this.options.newId().slice(-12)}`);
      this.ready = false;
    }
    this.token = answer.token;
    this.tokenStored = false;
    if (this.options.vault.isAvailable()) {
      await this.options.vault.save(answer.token);
      this.tokenStored = true;
    } else {
      this.lastError = { code: 'sync.no_secure_storage', params: {} };
    }
    await writeMeta(this.db, SYNC_META.userId, user.id);
    await writeMeta(this.db, SYNC_META.userEmail, user.email);
    await writeMeta(this.db, SYNC_META.agentId, user.agentId);
    await writeMeta(this.db, SYNC_META.serverUrl, this.http.baseUrl);
    await writeMeta(this.db, SYNC_META.tokenRef, this.tokenStored ? this.options.vault.kind : 'none');
    if (!this.ready) await this.runExclusive(() => this.firstPass(user.agentId ?? ''));
    this.requestSync();
    return { agentId: user.agentId, role: user.role as ActorRole };
  }

  /** Revokes the token on the server (best effort when offline) and forgets it here. */
  async logout(): Promise<void> {
    const token = this.token;
    this.token = null;
    this.tokenStored = false;
    this.live?.close();
    this.live = null;
    await this.options.vault.clear();
    await writeMeta(this.db, SYNC_META.tokenRef, 'none');
    if (token) await this.http.logout(token).catch(() => undefined);
    this.connection = 'offline';
    await this.emitStatus();
  }

  /** Something changed locally or the server poked: sync soon (coalesced with a running cycle). */
  requestSync(): void {
    if (this.stopped || !this.token) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.retryTimer !== null) {
      this.timers.clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
    this.running = this.cycle().finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.requestSync();
      }
    });
  }

  /** Resolves when no cycle is running (tests and the browser host's "sync now"). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  async status(): Promise<SyncStatus> {
    const counts = await readQueueCounts(this.db);
    return {
      mode: 'server',
      signedIn: this.token !== null,
      serverUrl: this.http.baseUrl,
      userEmail: (await readMeta(this.db, SYNC_META.userEmail)) ?? null,
      connection: this.token ? this.connection : 'offline',
      ...counts,
      lastSyncAt: this.lastSyncAt,
      progress: this.progress,
      lastError: this.lastError,
      tokenStored: this.tokenStored,
      ready: this.ready,
    };
  }

  private async runExclusive(work: () => Promise<void>): Promise<void> {
    await this.idle();
    const run = work();
    this.running = run.finally(() => {
      this.running = null;
    });
    await run;
  }

  private async emitStatus(): Promise<void> {
    this.options.onStatus(await this.status());
  }

  private replayEnv() {
    return {
      newId: this.options.newId,
      priorityMatrix: this.options.priorityMatrix,
      fallbackActor: { actorId: 'unknown', actorRole: 'agent' as const, deviceId: this.options.clientId },
    };
  }

  private async clientId(): Promise<string> {
    return (await readMeta(this.db, SYNC_META.clientId)) ?? this.options.clientId;
  }

  private async cycle(): Promise<void> {
    try {
      await this.pushAll();
      await this.pullAll(SYNC_META.cursor, undefined, this.ready ? 'catch_up' : 'snapshot');
      if (!this.ready) {
        this.ready = true;
        await writeMeta(this.db, SYNC_META.firstPass, 'done');
      }
      this.connection = 'online';
      this.lastError = this.lastError?.code === 'sync.no_secure_storage' ? this.lastError : null;
      this.lastSyncAt = new Date(this.options.clock.now()).toISOString();
      await writeMeta(this.db, SYNC_META.lastSyncAt, this.lastSyncAt);
      await writeMeta(this.db, SYNC_META.serverOffsetMs, String(this.offsetMs));
      this.backoff.reset();
      this.ensureLive();
    } catch (error) {
      await this.handleFailure(error);
    } finally {
      this.progress = null;
      await this.emitStatus();
    }
  }

  private async handleFailure(error: unknown): Promise<void> {
    if (error instanceof ServerAnswerError && error.status === 401) {
      // The session was revoked or expired: sign in again; local work stays queued.
      this.token = null;
      await this.options.vault.clear();
      this.lastError = { code: 'auth.unauthorized', params: {} };
      this.connection = 'offline';
      return;
    }
    if (error instanceof ServerAnswerError && error.code === 'sync.cursor_from_future') {
      this.options.log?.('[sync] server is behind our cursor: taking a fresh snapshot (outbox kept)');
      await resetLocalCopy(this.db);
      this.ready = false;
      this.again = true;
      return;
    }
    if (error instanceof ServerAnswerError && error.code === 'sync.mutation_gap') {
      const expected = Number(error.params.expected);
      if (Number.isSafeInteger(expected) && expected > 0) {
        await writeMeta(this.db, SYNC_META.lastMutationId, String(expected - 1));
        this.again = true;
        return;
      }
    }
    this.connection = error instanceof TransientSyncError ? 'offline' : this.connection;
    this.lastError = isMesaError(error)
      ? { code: error.code, params: error.params }
      : { code: 'sync.unreachable', params: { url: this.http.baseUrl } };
    if (!(error instanceof TransientSyncError)) this.options.log?.(`[sync] cycle failed: ${String(error)}`);
    this.scheduleRetry();
  }

  private scheduleRetry(): void {
    if (this.stopped || this.retryTimer !== null) return;
    this.retryTimer = this.timers.setTimeout(() => {
      this.retryTimer = null;
      this.requestSync();
    }, this.backoff.next());
  }

  private schedulePeriodic(): void {
    if (this.stopped) return;
    this.periodicTimer = this.timers.setTimeout(() => {
      this.requestSync();
      this.schedulePeriodic();
    }, this.options.periodicPullMs ?? 120_000);
  }

  private async pushAll(): Promise<void> {
    const token = this.requireToken();
    const clientId = await this.clientId();
    for (;;) {
      const lastAcked = Number((await readMeta(this.db, SYNC_META.lastMutationId)) ?? 0);
      const batch = await nextPushBatch(this.db, lastAcked);
      if (batch.mutations.length === 0) return;
      this.progress = { phase: 'pushing', pages: 0, rows: batch.mutations.length, fraction: null };
      await this.emitStatus();
      const response = await this.http.push(token, clientId, batch.mutations);
      await recordPushResults(this.db, batch, response, this.stampNow());
      await writeMeta(this.db, SYNC_META.lastMutationId, String(response.lastMutationId));
      if (response.lastMutationId < (batch.rows[batch.rows.length - 1]?.mutation_id ?? 0)) return;
    }
  }

  /** Pulls pages until the server says there is no more; each page is one local transaction. */
  private async pullAll(
    cursorKey: string,
    scopes: string[] | undefined,
    phase: SyncProgress['phase'],
    openOnly = false,
  ): Promise<void> {
    const token = this.requireToken();
    const clientId = await this.clientId();
    let cursor = (await readMeta(this.db, cursorKey)) ?? '0';
    const startSeq = /^\d+$/.test(cursor) ? Number(cursor) : null;
    let pages = 0;
    let rows = 0;
    // Known rejections, tracked here rather than read back between pages: the read would wait for
    // the page being applied (one connection) and stall the prefetch below.
    let after = await rejectionsAfter(this.db);
    const request = (from: string) =>
      this.http.pull(token, {
        clientId,
        cursor: from,
        limit: this.options.pullLimit ?? 500,
        rejectionsAfter: after,
        compact: true,
        snapshotLimit: this.options.snapshotLimit ?? 10_000,
        ...(scopes ? { scopes } : {}),
        ...(openOnly ? { openOnly } : {}),
      });
    try {
      let next = request(cursor);
      for (;;) {
        const page = await next;
        after = rejectionsKnownThrough(page, after);
        // Pipelined: the next page is on its way while this one is applied (the server answers from
        // the cursor alone; a page applied twice is harmless, a prefetched one never applied is dropped).
        if (page.hasMore) {
          next = request(page.cursor);
          next.catch(() => undefined);
        }
        // A snapshot is written in bulk mode (store/bulk-snapshot.ts), ended right after its last page.
        const bulk = isSnapshotCursor(cursor);
        const outcome = await applyPullPage(this.db, page, this.replayEnv(), cursorKey, { bulk });
        if (bulk && !isSnapshotCursor(page.cursor)) await endBulkSnapshot(this.db);
        pages += 1;
        rows += outcome.applied;
        cursor = page.cursor;
        const seq = /^\d+$/.test(cursor) ? Number(cursor) : null;
        if (seq !== null) this.knownSeq = Math.max(this.knownSeq, seq);
        const fraction =
          startSeq !== null && seq !== null && this.knownSeq > startSeq
            ? Math.min(1, (seq - startSeq) / (this.knownSeq - startSeq))
            : null;
        this.progress = { phase: startSeq === null || startSeq === 0 ? phase : 'catch_up', pages, rows, fraction };
        if (outcome.ticketIds.length > 0 || outcome.referenceChanged) {
          this.options.onChange({ ticketIds: outcome.ticketIds, referenceChanged: outcome.referenceChanged });
        }
        await this.emitStatus();
        if (!page.hasMore) return;
      }
    } finally {
      // Cut short inside a snapshot: indexes, search and counts back now (the retry begins bulk mode again).
      if (isSnapshotCursor(cursor)) await endBulkSnapshot(this.db).catch(() => undefined);
    }
  }

  /** A fresh device: the agent's own tickets and the reference data, so the workstation can open. */
  private async firstPass(agentId: string): Promise<void> {
    try {
      await this.pushAll();
      // The agent's OPEN tickets (and reference data) open the workstation; closed ones follow with the rest.
      await this.pullAll(SYNC_META.firstPassCursor, ['staff', `agent:${agentId}`], 'first_pass', true);
      this.connection = 'online';
    } finally {
      this.progress = null;
      await this.emitStatus();
    }
  }

  private ensureLive(): void {
    if (this.options.live === false || this.live || this.stopped || !this.token) return;
    this.live = openLiveSocket({
      baseUrl: this.http.baseUrl,
      token: this.token,
      timers: this.timers,
      onOpen: () => this.liveBackoff.reset(),
      onSeq: (seq) => {
        if (seq > this.knownSeq) {
          this.knownSeq = seq;
          this.requestSync();
        }
      },
      onClose: (code) => {
        this.live = null;
        if (this.stopped || !this.token) return;
        // Revoked/rotated (4001, 4401): the next push/pull says 401 and the UI asks to sign in.
        this.liveTimer = this.timers.setTimeout(() => {
          this.liveTimer = null;
          this.requestSync();
        }, code === 1000 ? 0 : this.liveBackoff.next());
      },
    });
  }

  private requireToken(): string {
    if (!this.token) throw new MesaError('sync.signed_out');
    return this.token;
  }
}
