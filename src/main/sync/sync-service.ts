import type { Kysely } from 'kysely';
import { QUEUE_VIEWS } from '../../shared/api/queue-schemas';
import type { SyncStatus } from '../../shared/api/sync-schemas';
import { newId as defaultNewId, type IdGenerator } from '../../shared/domain/ids';
import type { PriorityMatrix } from '../../shared/domain/priority';
import type { ApiEventBus } from '../api/event-bus';
import type { Clock } from '../services/clock';
import { readMeta, writeMeta } from '../store/queries/sync-meta';
import type { Database } from '../store/schema';
import { normalizeServerUrl } from './sync-http';
import { SyncClient } from './sync-client';
import { SYNC_META } from './sync-meta-keys';
import { readQueueCounts } from './sync-status-counts';
import type { Timers } from './timers';
import type { TokenVault } from './token-vault';

export interface SyncServiceOptions {
  db: Kysely<Database>;
  serverUrl: string;
  vault: TokenVault;
  clock: Clock;
  events: ApiEventBus;
  priorityMatrix: PriorityMatrix;
  newId?: IdGenerator;
  timers?: Timers;
  random?: () => number;
  fetch?: typeof fetch;
  live?: boolean;
  pullLimit?: number;
  /** Told which tickets a pulled page changed before the UI is (the SLA engine re-plans them). */
  onTicketsChanged?: (ticketIds: string[]) => Promise<void>;
  /** Called after sign-in, once the agent's row is in the local copy (the session is reloaded). */
  onSignedIn(): Promise<void>;
  log?: (line: string) => void;
}

/** The sync client as the bridge handlers see it; it can be pointed at another server at sign-in. */
export class SyncService {
  private client: SyncClient | null = null;

  constructor(private readonly options: SyncServiceOptions) {}

  get current(): SyncClient {
    if (!this.client) throw new Error('sync service not started');
    return this.client;
  }

  async start(): Promise<void> {
    const stored = await readMeta(this.options.db, SYNC_META.serverUrl);
    this.client = await this.makeClient(stored ?? this.options.serverUrl);
  }

  async stop(): Promise<void> {
    await this.client?.stop();
  }

  private async clientId(): Promise<string> {
    const existing = await readMeta(this.options.db, SYNC_META.clientId);
    if (existing) return existing;
    const id = (this.options.newId ?? defaultNewId)();
    await writeMeta(this.options.db, SYNC_META.clientId, id);
    return id;
  }

  private async makeClient(serverUrl: string): Promise<SyncClient> {
    const { events } = this.options;
    const client = new SyncClient({
      db: this.options.db,
      serverUrl,
      vault: this.options.vault,
      clock: this.options.clock,
      newId: this.options.newId ?? defaultNewId,
      priorityMatrix: this.options.priorityMatrix,
      clientId: await this.clientId(),
      timers: this.options.timers,
      random: this.options.random,
      fetch: this.options.fetch,
      live: this.options.live,
      pullLimit: this.options.pullLimit,
      log: this.options.log,
      // One UI event per applied page, naming every ticket it touched.
      onChange: ({ ticketIds }) => {
        const notify = () => events.emit('tickets.changed', { ticketIds, views: [...QUEUE_VIEWS] });
        const replan = this.options.onTicketsChanged?.(ticketIds);
        if (replan) void replan.catch(() => undefined).then(notify);
        else notify();
      },
      onStatus: (status) => events.emit('sync.changed', status),
    });
    await client.start();
    return client;
  }

  async login(input: { serverUrl?: string | undefined; email: string; password: string }): Promise<SyncStatus> {
    if (input.serverUrl && normalizeServerUrl(input.serverUrl) !== this.current.serverUrl) {
      await this.current.stop();
      this.client = await this.makeClient(input.serverUrl);
    }
    await this.current.login(input.email, input.password);
    await this.options.onSignedIn();
    return this.current.status();
  }

  logout(): Promise<void> {
    return this.current.logout();
  }

  status(): Promise<SyncStatus> {
    return this.current.status();
  }

  /** After a local change: the indicator's pending count moves at once, then a push follows. */
  async localChange(): Promise<void> {
    this.options.events.emit('sync.changed', await this.current.status());
    this.current.requestSync();
  }
}

/** What `sync.status` answers when no server is configured: everything stays on this machine. */
export async function localOnlyStatus(db: Kysely<Database>): Promise<SyncStatus> {
  return {
    mode: 'local',
    signedIn: false,
    serverUrl: null,
    userEmail: null,
    connection: 'offline',
    ...(await readQueueCounts(db)),
    lastSyncAt: null,
    progress: null,
    lastError: null,
    tokenStored: false,
    ready: true,
  };
}
