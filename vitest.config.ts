import { defineConfig } from 'vitest/config';

// One unit run (`npm run test:unit`) covers the code's own tests, the server integration suite and
// the cross-process sync suite. The last two start real servers (and PostgreSQL databases when
// MESA_TEST_POSTGRES is set), hence the longer timeouts.
export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'src/**/*.test.tsx',
      'tests/unit/**/*.test.ts',
      'tests/lint/**/*.test.ts',
      'tests/server/**/*.test.ts',
      'tests/sync/**/*.test.ts',
      'tests/faults/**/*.test.ts',
      'tests/authz/**/*.test.ts',
      'tests/channels/**/*.test.ts',
      'tests/portal/**/*.test.ts',
      'tests/reports/**/*.test.ts',
    ],
    environment: 'node',
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
