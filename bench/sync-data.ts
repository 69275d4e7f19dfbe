import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import pg from 'pg';
import { migrateServerDatabase } from '../src/server/db/migrate';
import { openPostgres, openSqlite, type DatabaseHandle } from '../src/server/db/open-database';
import { seedDemoDatabase, type SeedDemoResult } from '../src/server/seed/seed-demo-data';
import { BENCH_DATA_DIR, BENCH_NOW } from './store-bench-data';

export const SYNC_BENCH_SEED = 20261126;
export const DEMO_PASSWORD = 'mesa-bench-password';
export const SUPERVISOR_EMAIL = 'raul.mendoza@mesa.example';
export const AGENT_EMAIL = 'ana.torres@mesa.example';
export const AGENT_ID = 'agent-demo';

export interface SyncBenchDatabase {
  dialect: 'sqlite' | 'postgres';
  dataDir: string | null;
  databaseUrl: string | null;
  open(): DatabaseHandle;
  reused: boolean;
  seed: SeedDemoResult | null;
}

const spec = (ticketCount: number) => JSON.stringify({ seed: SYNC_BENCH_SEED, ticketCount, now: BENCH_NOW, v: 1 });

async function seed(handle: DatabaseHandle, ticketCount: number, log: (line: string) => void): Promise<SeedDemoResult> {
  await migrateServerDatabase(handle.db);
  return seedDemoDatabase(handle.db, {
    seed: SYNC_BENCH_SEED,
    ticketCount,
    now: BENCH_NOW,
    password: DEMO_PASSWORD,
    passwordCost: { memoryCost: 1024, timeCost: 1 },
    onProgress: (done, total) => {
      if (done % 20_000 === 0 || done === total) log(`seeded ${done}/${total}`);
    },
  });
}

/** The server database with the fixed-seed demo desk, kept in bench/.data and reused while its spec matches. */
export async function sqliteBenchDatabase(ticketCount: number, log: (line: string) => void): Promise<SyncBenchDatabase> {
  const dataDir = join(BENCH_DATA_DIR, `sync-server-${SYNC_BENCH_SEED}-${ticketCount}`);
  const marker = join(dataDir, 'spec.json');
  const open = () => openSqlite(join(dataDir, 'mesa-server.sqlite'));
  if (existsSync(marker) && readFileSync(marker, 'utf8') === spec(ticketCount)) {
    return { dialect: 'sqlite', dataDir, databaseUrl: null, open, reused: true, seed: null };
  }
  rmSync(dataDir, { recursive: true, force: true });
  mkdirSync(dataDir, { recursive: true });
  const handle = open();
  const result = await seed(handle, ticketCount, log);
  await handle.close();
  writeFileSync(marker, spec(ticketCount));
  return { dialect: 'sqlite', dataDir, databaseUrl: null, open, reused: false, seed: result };
}

export async function postgresBenchDatabase(
  adminUrl: string,
  ticketCount: number,
  log: (line: string) => void,
): Promise<SyncBenchDatabase> {
  const name = `mesa_bench_sync_${SYNC_BENCH_SEED}_${ticketCount}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const open = () => openPostgres(databaseUrl, 10, () => undefined);
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    const exists = (await admin.query('select 1 from pg_database where datname = $1', [name])).rowCount === 1;
    if (exists) {
      const c = new pg.Client({ connectionString: databaseUrl });
      await c.connect();
      const marker = await c
        .query("select obj_description('counters'::regclass) as spec")
        .then((r) => (r.rows[0] as { spec: string | null }).spec)
        .catch(() => null);
      await c.end();
      if (marker === spec(ticketCount)) return { dialect: 'postgres', dataDir: null, databaseUrl, open, reused: true, seed: null };
      await admin.query(`DROP DATABASE ${name} WITH (FORCE)`);
    }
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const handle = open();
  const result = await seed(handle, ticketCount, log);
  await handle.close();
  const c = new pg.Client({ connectionString: databaseUrl });
  await c.connect();
  await c.query('ANALYZE');
  await c.query(`COMMENT ON TABLE counters IS '${spec(ticketCount)}'`);
  await c.end();
  return { dialect: 'postgres', dataDir: null, databaseUrl, open, reused: false, seed: result };
}

/** A fresh, empty (migrated, demo reference + accounts, no tickets) database for push/propagation runs. */
export async function freshDatabase(
  dialect: 'sqlite' | 'postgres',
  adminUrl: string | null,
  label: string,
): Promise<SyncBenchDatabase & { drop(): Promise<void> }> {
  if (dialect === 'sqlite') {
    const dataDir = join(BENCH_DATA_DIR, `sync-${label}`);
    rmSync(dataDir, { recursive: true, force: true });
    mkdirSync(dataDir, { recursive: true });
    const open = () => openSqlite(join(dataDir, 'mesa-server.sqlite'));
    const handle = open();
    await seed(handle, 0, () => undefined);
    await handle.close();
    return { dialect, dataDir, databaseUrl: null, open, reused: false, seed: null, drop: async () => rmSync(dataDir, { recursive: true, force: true }) };
  }
  if (!adminUrl) throw new Error('PostgreSQL needs MESA_TEST_POSTGRES');
  const name = `mesa_bench_${label.replace(/\W/g, '_')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  const open = () => openPostgres(databaseUrl, 10, () => undefined);
  const handle = open();
  await seed(handle, 0, () => undefined);
  await handle.close();
  return {
    dialect,
    dataDir: null,
    databaseUrl,
    open,
    reused: false,
    seed: null,
    drop: async () => {
      const c = new pg.Client({ connectionString: adminUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
