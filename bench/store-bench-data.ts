import { existsSync, mkdirSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { migrateToLatest } from '../src/main/store/migrate';
import { openDatabase, type StoreHandle } from '../src/main/store/open-database';
import { readMeta, writeMeta } from '../src/main/store/queries';
import { seedStore, type SeedStoreResult } from '../src/main/store/seed-store';

export const BENCH_DATA_DIR = join(dirname(fileURLToPath(import.meta.url)), '.data');
export const BENCH_NOW = '2026-11-26T15:00:00Z';

export interface BenchDataSpec {
  seed: number;
  ticketCount: number;
}

function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true });
}

export async function openMigrated(file: string): Promise<StoreHandle> {
  const store = openDatabase(file);
  await migrateToLatest(store.db as never);
  return store;
}

/** Seeds a fresh file and returns the seeding figures. */
export async function seedFreshFile(file: string, spec: BenchDataSpec): Promise<{ store: StoreHandle; result: SeedStoreResult }> {
  mkdirSync(dirname(file), { recursive: true });
  removeDatabase(file);
  const store = await openMigrated(file);
  const result = seedStore(store, { ...spec, now: BENCH_NOW, optimizeSearchIndex: true });
  await writeMeta(store.db, 'bench.spec', JSON.stringify(spec));
  store.sqlite.pragma('wal_checkpoint(TRUNCATE)');
  return { store, result };
}

/** The big query database: reused when it was generated with the same seed and size. */
export async function openBenchStore(spec: BenchDataSpec): Promise<{ store: StoreHandle; reused: boolean }> {
  const file = join(BENCH_DATA_DIR, `store-${spec.seed}-${spec.ticketCount}.db`);
  if (existsSync(file)) {
    const store = await openMigrated(file);
    if ((await readMeta(store.db, 'bench.spec')) === JSON.stringify(spec)) return { store, reused: true };
    await store.close();
  }
  const { store } = await seedFreshFile(file, spec);
  return { store, reused: false };
}
