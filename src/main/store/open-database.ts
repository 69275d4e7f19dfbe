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
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  return {
    db,
    sqlite,
    async close() {
      await db.destroy();
    },
  };
}
