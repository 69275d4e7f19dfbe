import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import type { Database } from './schema';

export interface StoreHandle {
  db: Kysely<Database>;
  /** The raw handle, for pragmas, checkpoints and integrity checks only. */
  sqlite: BetterSqlite3.Database;
  close(): Promise<void>;
}

/**
 * Opens a ticket store file (or ':memory:'). WAL so the UI can read while a sync page writes;
 * synchronous=NORMAL is durable across application crashes in WAL mode, which is the promise we
 * make (an OS crash may lose the last commits, never corrupt the file).
 */
export function openDatabase(file: string): StoreHandle {
  const sqlite = new BetterSqlite3(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma('cache_size = -65536');
  sqlite.pragma('temp_store = MEMORY');
  // The commit that crosses the WAL threshold runs the checkpoint (copy + fsync) inline. At the
  // default 1000 pages that is a ~7 ms commit every ~45 ticket changes (measured, see
  // docs/performance.md); at 4000 pages it is a ~20 ms commit every ~180, pages written twice in the
  // window are copied once, and the WAL stays under ~16 MB.
  sqlite.pragma('wal_autocheckpoint = 4000');
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  return {
    db,
    sqlite,
    async close() {
      await db.destroy();
    },
  };
}

/**
 * Kysely's SQLite driver prepares every query it runs; preparing costs as much as running a small
 * insert. A pulled page applies hundreds of rows with the same few statements, so the handle given to
 * kysely keeps the most recently used prepared statements (by SQL text) and hands them out again.
 * Safe because kysely runs one query at a time on its single connection.
 */
function withStatementCache(sqlite: BetterSqlite3.Database, max = 256): BetterSqlite3.Database {
  const cache = new Map<string, BetterSqlite3.Statement>();
  const prepare = (source: string): BetterSqlite3.Statement => {
    const cached = cache.get(source);
    if (cached) {
      cache.delete(source);
      cache.set(source, cached);
      return cached;
    }
    const statement = sqlite.prepare(source);
    cache.set(source, statement);
    if (cache.size > max) cache.delete(cache.keys().next().value as string);
    return statement;
  };
  return new Proxy(sqlite, {
    get(target, property) {
      if (property === 'prepare') return prepare;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
