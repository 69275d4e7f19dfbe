import type { Kysely } from 'kysely';
import { Migrator, type Migration } from 'kysely/migration';
import { MesaError } from '../../shared/errors';
import { SERVER_MIGRATIONS } from './migrations';

const MIGRATION_TABLE = 'kysely_migration';

export async function appliedMigrationNames(db: Kysely<unknown>): Promise<string[]> {
  // Kysely hides its own tables from introspection unless asked.
  const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
  if (!tables.some((t) => t.name === MIGRATION_TABLE)) return [];
  const rows = await (db as Kysely<Record<string, { name: string }>>)
    .selectFrom(MIGRATION_TABLE)
    .select('name')
    .execute();
  return rows.map((r) => r.name);
}

export interface MigrationState {
  unknown: string[];
  pending: string[];
}

/** What /ready reports: the database is usable only when it is exactly at this build's schema. */
export async function migrationState<DB>(
  db: Kysely<DB>,
  migrations: Readonly<Record<string, Migration>> = SERVER_MIGRATIONS,
): Promise<MigrationState> {
  const applied = await appliedMigrationNames(db as unknown as Kysely<unknown>);
  return {
    unknown: applied.filter((name) => !Object.hasOwn(migrations, name)),
    pending: Object.keys(migrations).filter((name) => !applied.includes(name)),
  };
}

/**
 * Brings the database up to date. A database written by a newer Mesa server (a migration this build
 * does not know) is refused untouched: several instances of different versions may share one
 * PostgreSQL during a rolling upgrade, and the old one must not write on the new schema.
 */
export async function migrateServerDatabase<DB>(
  db: Kysely<DB>,
  migrations: Readonly<Record<string, Migration>> = SERVER_MIGRATIONS,
): Promise<string[]> {
  const { unknown } = await migrationState(db, migrations);
  if (unknown.length > 0) throw new MesaError('store.unknown_migrations', { names: unknown.join(', ') });
  const migrator = new Migrator({
    db: db as unknown as Kysely<unknown>,
    provider: { getMigrations: async () => ({ ...migrations }) },
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error;
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
