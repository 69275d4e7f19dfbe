import path from 'node:path';
import { defineConfig } from 'vitest/config';

// Server integration suite: `npx vitest run --config tests/server/vitest.config.ts`.
// Runs on SQLite always and on PostgreSQL too when MESA_TEST_POSTGRES is set.
export default defineConfig({
  root: path.resolve(import.meta.dirname, '../..'),
  test: {
    include: ['tests/server/**/*.test.ts', 'src/server/**/*.test.ts', 'tests/channels/**/*.test.ts', 'tests/portal/**/*.test.ts'],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
