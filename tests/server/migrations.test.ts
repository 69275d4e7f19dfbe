import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app';
import { migrateServerDatabase, migrationState } from '../../src/server/db/migrate';
import { SERVER_MIGRATIONS } from '../../src/server/db/migrations';
import type { DatabaseHandle } from '../../src/server/db/open-database';
import { dialects, type TestDatabase } from './helpers/test-dialects';

describe.each(dialects)('migrations on $name', (dialect) => {
  let testDb: TestDatabase;
  let handle: DatabaseHandle;

  afterEach(async () => {
    await handle.close();
    await testDb.drop();
  });

  async function fresh() {
    testDb = await dialect.create();
    handle = testDb.open();
  }

  it('creates every table, then is a no-op the second time', async () => {
    await fresh();
    expect(await migrateServerDatabase(handle.db)).toEqual(Object.keys(SERVER_MIGRATIONS));
    expect(await migrateServerDatabase(handle.db)).toEqual([]);
    const tables = (await handle.db.introspection.getTables()).map((t) => t.name);
    for (const t of [
      'tickets',
      'ticket_events',
      'comments',
      'users',
      'sessions',
      'clients',
      'rejected_mutations',
      'change_log',
      'change_log_scopes',
      'counters',
    ]) {
      expect(tables).toContain(t);
    }
    expect(await migrationState(handle.db)).toEqual({ unknown: [], pending: [] });
  });

  it('refuses a database that has a migration this build does not know', async () => {
    await fresh();
    await migrateServerDatabase(handle.db);
    await sql`insert into kysely_migration (name, timestamp) values ('29990101T0000-from-the-future', '2999-01-01')`.execute(
      handle.db,
    );
    await expect(migrateServerDatabase(handle.db)).rejects.toThrow(/store.unknown_migrations/);
    await expect(buildApp({ database: handle })).rejects.toThrow(/store.unknown_migrations/);
  });

  it('refuses to serve a database with pending migrations', async () => {
    await fresh();
    await expect(buildApp({ database: handle })).rejects.toThrow(/pending migrations/);
  });
});
