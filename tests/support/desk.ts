import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSeededIdGenerator, newId } from '../../src/shared/domain/ids';
import { DEFAULT_PRIORITY_MATRIX } from '../../src/shared/domain/priority';
import type { ActorRole, MutationContext } from '../../src/shared/sync/mutation-tx';
import { systemClock, type Clock } from '../../src/main/services/clock';
import { applyLocalMutation } from '../../src/main/store/apply-local-mutation';
import { migrateToLatest } from '../../src/main/store/migrate';
import { openDatabase, type StoreHandle } from '../../src/main/store/open-database';
import { SyncClient } from '../../src/main/sync/sync-client';
import { createMemoryTokenVault } from '../../src/main/sync/token-vault';
import { mulberry32 } from '../../src/shared/demo/prng';

/** What the tests remember of every mutation a desk queued, to prove it was applied exactly once. */
export interface IssuedMutation {
  id: number;
  name: string;
  /** Event kinds the mutation produced locally (its effect, as the server should produce it once). */
  kinds: string[];
  commentId: string | null;
}

export interface FaultDesk {
  store: StoreHandle;
  client: SyncClient;
  clientId: string;
  agentId: string;
  online: boolean;
  issued: IssuedMutation[];
  mutate(name: string, args: Record<string, unknown>): Promise<number>;
  /** One sync round (push + pull), as the client runs it; failures are left to the client's retry logic. */
  sync(): Promise<void>;
  /** Syncs until the outbox is empty and the desk is online (or throws after `timeoutMs`). */
  settle(timeoutMs?: number): Promise<void>;
  close(): Promise<void>;
}

export interface FaultDeskOptions {
  serverUrl: string;
  agentId: string;
  role?: ActorRole;
  clock?: Clock;
  seed?: number;
  pullLimit?: number;
  live?: boolean;
  /** Per-request timeout is the client's own (30 s); tests with a stalling proxy rely on cuts instead. */
  fetch?: typeof fetch;
}

/**
 * A desktop as far as sync is concerned, on a real SQLite file with the real SyncClient, plus the
 * bookkeeping the fault checks need (which mutation produced which events).
 */
export async function openFaultDesk(options: FaultDeskOptions): Promise<FaultDesk> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mesa-fault-desk-'));
  const store = openDatabase(path.join(dir, 'desk.sqlite'));
  await migrateToLatest(store.db);
  const seed = options.seed ?? 1;
  const ids = createSeededIdGenerator(seed);
  const clientId = `desk-${options.agentId}-${newId().slice(-12)}`;
  const role = options.role ?? 'agent';
  const baseFetch = options.fetch ?? fetch;
  const desk: FaultDesk = {
    store,
    clientId,
    agentId: options.agentId,
    online: true,
    issued: [],
    client: undefined as unknown as SyncClient,
    async mutate(name, args) {
      const ctx: MutationContext = {
        actorId: options.agentId,
        actorRole: role,
        deviceId: clientId,
        now: desk.client.stampNow(),
        offline: !desk.client.isOnline(),
        newId: ids,
        priorityMatrix: DEFAULT_PRIORITY_MATRIX,
      };
      const { mutationId } = await applyLocalMutation(store.db, ctx, name, args);
      const events = await store.db
        .selectFrom('ticket_events')
        .select('kind')
        .where('local_mutation_id', '=', mutationId)
        .execute();
      desk.issued.push({
        id: mutationId,
        name,
        kinds: events.map((e) => e.kind),
        commentId: typeof args.commentId === 'string' ? args.commentId : null,
      });
      return mutationId;
    },
    async sync() {
      desk.client.requestSync();
      await desk.client.idle();
    },
    async settle(timeoutMs = 60_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        await desk.sync();
        const status = await desk.client.status();
        if (status.connection === 'online' && status.pending === 0 && status.conflicts === 0) {
          await desk.sync(); // one more: the last push's effects come back in a pull
          return;
        }
        if (Date.now() > deadline) throw new Error(`desk ${options.agentId} did not settle: ${JSON.stringify(status)}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    async close() {
      await desk.client.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  desk.client = new SyncClient({
    db: store.db,
    serverUrl: options.serverUrl,
    vault: createMemoryTokenVault(),
    clock: options.clock ?? systemClock,
    newId: ids,
    priorityMatrix: DEFAULT_PRIORITY_MATRIX,
    clientId,
    live: options.live ?? false,
    pullLimit: options.pullLimit ?? 50,
    random: mulberry32(seed),
    fetch: (input, init) =>
      desk.online ? baseFetch(input, init) : Promise.reject(new TypeError('fetch failed: offline')),
    onChange: () => undefined,
    onStatus: () => undefined,
  });
  await desk.client.start();
  return desk;
}
