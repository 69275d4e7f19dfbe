import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createSeededIdGenerator, newId } from '../../../src/shared/domain/ids';
import { DEFAULT_PRIORITY_MATRIX } from '../../../src/shared/domain/priority';
import type { ActorRole, MutationContext } from '../../../src/shared/sync/mutation-tx';
import { systemClock } from '../../../src/main/services/clock';
import { applyLocalMutation } from '../../../src/main/store/apply-local-mutation';
import { migrateToLatest } from '../../../src/main/store/migrate';
import { openDatabase, type StoreHandle } from '../../../src/main/store/open-database';
import { SyncClient } from '../../../src/main/sync/sync-client';
import { createMemoryTokenVault } from '../../../src/main/sync/token-vault';

/**
 * A desktop as far as sync is concerned: a real SQLite file, the real sync client, and a switch that
 * cuts its network (fetch fails as on a dead link). The live socket is off: tests drive sync explicitly.
 */
export interface DeskClient {
  store: StoreHandle;
  client: SyncClient;
  agentId: string;
  online: boolean;
  mutate(name: string, args: unknown): Promise<number>;
  sync(): Promise<void>;
  close(): Promise<void>;
}

export async function openDeskClient(serverUrl: string, agentId: string, role: ActorRole = 'agent'): Promise<DeskClient> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mesa-desk-'));
  const store = openDatabase(path.join(dir, 'desk.sqlite'));
  await migrateToLatest(store.db);
  const ids = createSeededIdGenerator(Number.parseInt(agentId.replace(/\W/g, '').slice(-6), 36) % 100000);
  const clientId = `desk-${agentId}-${newId().slice(-12)}`;
  const desk: DeskClient = {
    store,
    agentId,
    online: true,
    client: undefined as unknown as SyncClient,
    async mutate(name, args) {
      const ctx: MutationContext = {
        actorId: agentId,
        actorRole: role,
        deviceId: clientId,
        now: desk.client.stampNow(),
        offline: !desk.client.isOnline(),
        newId: ids,
        priorityMatrix: DEFAULT_PRIORITY_MATRIX,
      };
      return (await applyLocalMutation(store.db, ctx, name, args)).mutationId;
    },
    async sync() {
      desk.client.requestSync();
      await desk.client.idle();
    },
    async close() {
      await desk.client.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  desk.client = new SyncClient({
    db: store.db,
    serverUrl,
    vault: createMemoryTokenVault(),
    clock: systemClock,
    newId: ids,
    priorityMatrix: DEFAULT_PRIORITY_MATRIX,
    clientId,
    live: false,
    pullLimit: 7, // small pages: every test crosses page boundaries
    random: () => 0.5,
    fetch: (input, init) => (desk.online ? fetch(input, init) : Promise.reject(new TypeError('fetch failed: offline'))),
    onChange: () => undefined,
    onStatus: () => undefined,
  });
  await desk.client.start();
  return desk;
}
