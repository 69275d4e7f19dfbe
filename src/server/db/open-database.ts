import { mkdirSync } from 'node:fs';
import path from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type { ServerDatabase } from './schema';

export type DialectName = 'sqlite' | 'postgres';

export interface DatabaseHandle {
  db: Kysely<ServerDatabase>;
  dialect: DialectName;
  /** Set on PostgreSQL: the LISTEN/NOTIFY relay opens its own dedicated connection with it. */
  postgresUrl: string | null;
  close(): Promise<void>;
}

// bigint columns (seq, counters, mutation ids) come back from pg as strings by default; they stay
// far below 2^53, so numbers are exact and the code is the same on both dialects.
const INT8_OID = 20;
const pgTypes = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID
      ? (value: string) => Number(value)
      : pg.types.getTypeParser(oid, format ?? 'text')) as typeof pg.types.getTypeParser,
};

export type PoolErrorHandler = (err: Error) => void;

const logPoolError: PoolErrorHandler = (err) =>
  console.error(
    JSON.stringify({ level: 'warn', msg: 'idle PostgreSQL connection failed', err: err.message }),
  );

export function openPostgres(
  url: string,
  poolSize = 10,
  onPoolError: PoolErrorHandler = logPoolError,
): DatabaseHandle {
  const pool = new pg.Pool({ connectionString: url, max: poolSize, types: pgTypes });
  // An idle client dying (server restart, failover) must not crash the process: the pool replaces it.
  pool.on('error', onPoolError);
  const db = new Kysely<ServerDatabase>({ dialect: new PostgresDialect({ pool }) });
  return { db, dialect: 'postgres', postgresUrl: url, close: () => db.destroy() };
}

/**
 * The embedded default: one file, WAL (readers never block the writer), synchronous=FULL because a
 * server acknowledges pushes — an acknowledged mutation must survive a power cut, not only a crash.
 */
export function openSqlite(file: string): DatabaseHandle {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = new Kysely<ServerDatabase>({ dialect: new SqliteDialect({ database: sqlite }) });
  return { db, dialect: 'sqlite', postgresUrl: null, close: () => db.destroy() };
}

export function openServerDatabase(options: { databaseUrl: string | null; dataDir: string }): DatabaseHandle {
  if (options.databaseUrl) return openPostgres(options.databaseUrl);
  return openSqlite(path.join(options.dataDir, 'mesa-server.sqlite'));
}
