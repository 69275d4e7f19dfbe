import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { openPostgres, openSqlite, type DatabaseHandle } from '../../../src/server/db/open-database';

/**
 * One fresh database per call: a temp SQLite file, or a uniquely named PostgreSQL database created
 * from MESA_TEST_POSTGRES and dropped afterwards, so test files never see each other's rows.
 */
export interface TestDatabase {
  /** Opens a(nother) handle on the same database (a second server instance). */
  open(): DatabaseHandle;
  drop(): Promise<void>;
}

export interface TestDialect {
  name: 'sqlite' | 'postgres';
  create(): Promise<TestDatabase>;
}

const sqlite: TestDialect = {
  name: 'sqlite',
  async create() {
    const dir = mkdtempSync(path.join(tmpdir(), 'mesa-server-test-'));
    const file = path.join(dir, 'server.sqlite');
    return {
      open: () => openSqlite(file),
      drop: async () => rmSync(dir, { recursive: true, force: true }),
    };
  },
};

function postgres(adminUrl: string): TestDialect {
  return {
    name: 'postgres',
    async create() {
      const name = `mesa_test_${randomBytes(6).toString('hex')}`;
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`CREATE DATABASE ${name}`);
      await admin.end();
      const url = new URL(adminUrl);
      url.pathname = `/${name}`;
      return {
        open: () => openPostgres(url.toString(), 5),
        drop: async () => {
          const c = new pg.Client({ connectionString: adminUrl });
          await c.connect();
          // Pools close their connections asynchronously: wait for them rather than kill them.
          for (let i = 0; i < 50; i++) {
            const { rows } = await c.query(
              'select count(*)::int as n from pg_stat_activity where datname = $1',
              [name],
            );
            if ((rows[0] as { n: number }).n === 0) break;
            await new Promise((resolve) => setTimeout(resolve, 50));
          }
          await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
          await c.end();
        },
      };
    },
  };
}

const postgresUrl = process.env.MESA_TEST_POSTGRES;
export const dialects: TestDialect[] = postgresUrl ? [sqlite, postgres(postgresUrl)] : [sqlite];
export const postgresDialect: TestDialect | null = postgresUrl ? postgres(postgresUrl) : null;
