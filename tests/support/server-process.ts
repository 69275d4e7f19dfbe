import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { migrateServerDatabase } from '../../src/server/db/migrate';
import { openPostgres, openSqlite, type DatabaseHandle } from '../../src/server/db/open-database';
import { writeFixtures } from '../server/helpers/fixtures';

export const PROJECT_ROOT = path.resolve(import.meta.dirname, '..', '..');
export type DialectName = 'sqlite' | 'postgres';

/** The dialects fault and authorization suites run on: SQLite always, PostgreSQL when configured. */
export const POSTGRES_ADMIN_URL = process.env.MESA_TEST_POSTGRES ?? null;
export const dialectNames: DialectName[] = POSTGRES_ADMIN_URL ? ['sqlite', 'postgres'] : ['sqlite'];

/** A free loopback port (bound then released: the caller binds it right after). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      s.close(() => resolve(port));
    });
  });
}

/** A server database that outlives server processes: a temp SQLite file or a fresh PostgreSQL database. */
export interface ServerDatabaseSpec {
  dialect: DialectName;
  /** SQLite: the data dir (the server puts mesa-server.sqlite in it). */
  dataDir: string | null;
  /** PostgreSQL: the database URL. */
  databaseUrl: string | null;
  /** Opens a handle for checks (read what the server committed). */
  open(): DatabaseHandle;
  drop(): Promise<void>;
}

export async function createServerDatabase(
  dialect: DialectName,
  setup: (db: DatabaseHandle) => Promise<void> = async (h) => writeFixtures(h.db),
): Promise<ServerDatabaseSpec> {
  let spec: ServerDatabaseSpec;
  if (dialect === 'sqlite') {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'mesa-fault-server-'));
    spec = {
      dialect,
      dataDir,
      databaseUrl: null,
      open: () => openSqlite(path.join(dataDir, 'mesa-server.sqlite')),
      drop: async () => rmSync(dataDir, { recursive: true, force: true }),
    };
  } else {
    if (!POSTGRES_ADMIN_URL) throw new Error('MESA_TEST_POSTGRES is not set');
    const name = `mesa_fault_${randomBytes(6).toString('hex')}`;
    const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const url = new URL(POSTGRES_ADMIN_URL);
    url.pathname = `/${name}`;
    const databaseUrl = url.toString();
    spec = {
      dialect,
      dataDir: null,
      databaseUrl,
      open: () => openPostgres(databaseUrl, 3, () => undefined),
      drop: async () => {
        const c = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
        await c.connect();
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
        await c.end();
      },
    };
  }
  const handle = spec.open();
  try {
    await migrateServerDatabase(handle.db);
    await setup(handle);
  } finally {
    await handle.close();
  }
  return spec;
}

export interface ServerProcessOptions {
  port?: number;
  env?: Record<string, string>;
  /** Lines of the server's stdout/stderr go here (default: kept in memory, last 200). */
  onLine?: (line: string) => void;
}

/**
 * The real server as a child process (`tsx src/server/cli.ts serve`), so it can be killed with
 * SIGKILL mid-work and started again on the same database and port.
 */
export class ServerProcess {
  child: ChildProcess | null = null;
  readonly lines: string[] = [];
  private exited: Promise<number | null> = Promise.resolve(null);

  private constructor(
    readonly database: ServerDatabaseSpec,
    readonly port: number,
    private readonly options: ServerProcessOptions,
  ) {}

  get url(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  static async start(database: ServerDatabaseSpec, options: ServerProcessOptions = {}): Promise<ServerProcess> {
    const server = new ServerProcess(database, options.port ?? (await freePort()), options);
    await server.restart();
    return server;
  }

  /** Starts (again) and resolves once /ready answers 200. */
  async restart(): Promise<void> {
    if (this.child) throw new Error('server already running');
    const args = ['--import', 'tsx', 'src/server/cli.ts', 'serve', '--port', String(this.port), '--no-seed'];
    if (this.database.dataDir) args.push('--data-dir', this.database.dataDir);
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      LOG_LEVEL: process.env.MESA_FAULTS_LOG_LEVEL ?? 'warn',
      HOST: '127.0.0.1',
      MESA_SAFETY_NET_MS: '1000',
      ...this.options.env,
    };
    delete env.DATABASE_URL;
    if (this.database.databaseUrl) env.DATABASE_URL = this.database.databaseUrl;
    const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    const onData = (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) {
        if (!line) continue;
        this.options.onLine?.(line);
        this.lines.push(line);
        if (this.lines.length > 200) this.lines.shift();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    this.exited = new Promise((resolve) => child.once('exit', (code) => resolve(code)));
    const deadline = Date.now() + 30_000;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}: ${this.lines.join('\n')}`);
      try {
        const res = await fetch(`${this.url}/ready`);
        if (res.status === 200) return;
      } catch {
        // not listening yet
      }
      if (Date.now() > deadline) throw new Error(`server not ready: ${this.lines.join('\n')}`);
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** kill -9: no drain, no shutdown hook. */
  async kill9(): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill('SIGKILL');
    await this.exited;
    this.child = null;
  }

  /** Graceful stop (SIGTERM drains in-flight pushes). */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await this.exited;
    clearTimeout(timer);
    this.child = null;
  }
}
