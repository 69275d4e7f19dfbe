import type { Database as SqliteDatabase } from 'better-sqlite3';
import type { Kysely } from 'kysely';
import { describe, expect, it } from 'vitest';
import { MesaError } from '../../shared/errors';
import { migrateToLatest } from './migrate';
import { MIGRATIONS } from './migrations';
import { openDatabase } from './open-database';
import { seedStore } from './seed-store';

const FIRST = '20261126T2200-initial';
const asUnknown = (db: unknown) => db as Kysely<unknown>;
const schemaOf = (sqlite: SqliteDatabase) =>
  sqlite.prepare(`SELECT type, name, sql FROM sqlite_master ORDER BY name`).all();

async function storeAtFirstMigration() {
  const store = openDatabase(':memory:');
  const first = MIGRATIONS[FIRST];
  if (!first) throw new Error('initial migration missing');
  await migrateToLatest(asUnknown(store.db), { [FIRST]: first });
  return store;
}

describe('migrateToLatest', () => {
  it('applies later migrations to a database that already holds data, keeping every row', async () => {
    const store = await storeAtFirstMigration();
    seedStore(store, { seed: 5, ticketCount: 120, now: '2026-11-26T15:00:00Z' });
    const before = store.sqlite.prepare('SELECT * FROM tickets ORDER BY seq').all();
    const applied = await migrateToLatest(asUnknown(store.db));
    expect(applied).toEqual(Object.keys(MIGRATIONS).filter((name) => name !== FIRST));
    expect(store.sqlite.prepare('SELECT * FROM tickets ORDER BY seq').all()).toEqual(before);
    expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    const indexes = store.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'tickets_queue_%'`).all();
    expect(indexes).toHaveLength(5);
    await store.close();
  });

  it('refuses a database that names a migration it does not know, and leaves it untouched', async () => {
    const store = await storeAtFirstMigration();
    store.sqlite.prepare(`INSERT INTO kysely_migration (name, timestamp) VALUES ('29991231T0000-from-the-future', '2999-12-31T00:00:00.000Z')`).run();
    const schema = schemaOf(store.sqlite);
    const rows = store.sqlite.prepare('SELECT * FROM kysely_migration ORDER BY name').all();
    const error = await migrateToLatest(asUnknown(store.db)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MesaError);
    expect((error as MesaError).code).toBe('store.unknown_migrations');
    expect((error as MesaError).params).toEqual({ names: '29991231T0000-from-the-future' });
    expect(schemaOf(store.sqlite)).toEqual(schema);
    expect(store.sqlite.prepare('SELECT * FROM kysely_migration ORDER BY name').all()).toEqual(rows);
    await store.close();
  });
});
