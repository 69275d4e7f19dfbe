import type { Kysely } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import { MesaError } from '../../shared/errors';
import { MIGRATIONS } from './migrations';

const MIGRATION_TABLE = 'kysely_migration';

// Kysely<any>: migrations run before (and regardless of) the typed schema.
/* eslint-disable @typescript-eslint/no-explicit-any */
async function appliedMigrationNames(db: Kysely<any>): Promise<string[]> {
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === MIGRATION_TABLE)) return [];
  const rows: Array<{ name: string }> = await db.selectFrom(MIGRATION_TABLE).select('name').execute();
  return rows.map((r) => r.name);
}

/**
 * Brings the file up to date. A file written by a newer Mesa (a migration we do not know) is
 * refused untouched: running old code on a newer schema is how local data gets corrupted.
 */
export async function migrateToLatest(
  db: Kysely<any>,
  migrations: Readonly<Record<string, Migration>> = MIGRATIONS,
): Promise<string[]> {
  const unknown = (await appliedMigrationNames(db)).filter((name) => !Object.hasOwn(migrations, name));
  if (unknown.length > 0) throw new MesaError('store.unknown_migrations', { names: unknown.join(', ') });
  const migrator = new Migrator({
    db,
    provider: { getMigrations: async () => ({ ...migrations }) },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
