import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EXPECTED_REFUSALS, QUEUE_LOG_FILE, QUEUE_MAP_FILE } from './queue-log-fixture';

const ROOT = path.resolve(import.meta.dirname, '../../..');
const dataDir = mkdtempSync(path.join(tmpdir(), 'mesa-import-cli-'));

/** The real command as `npm run server -- import-queue-log …` runs it, on a temp SQLite database. */
function cli(...args: string[]) {
  const env: NodeJS.ProcessEnv = { ...process.env, LOG_LEVEL: 'silent' };
  delete env.DATABASE_URL;
  const run = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/server/cli.ts', ...args, '--data-dir', dataDir],
    {
      cwd: ROOT,
      encoding: 'utf8',
      env,
      timeout: 60_000,
    },
  );
  return { code: run.status, out: run.stdout, err: run.stderr };
}

describe('import-queue-log command', () => {
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('prints how many calls were imported and which lines were refused', () => {
    const run = cli('import-queue-log', QUEUE_LOG_FILE, '--queue-map', QUEUE_MAP_FILE);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('imported 12 calls from 44 lines');
    expect(run.out).toContain(`refused ${EXPECTED_REFUSALS.length} lines:`);
    for (const r of EXPECTED_REFUSALS) expect(run.out).toMatch(new RegExp(`line ${r.line}: ${r.reason}`));
  });

  it('adds nothing the second time', () => {
    const run = cli('import-queue-log', QUEUE_LOG_FILE);
    expect(run.code).toBe(0);
    expect(run.out).toContain('imported 0 calls from 44 lines (12 ended in the log, 12 already stored');
  });

  it('exits non-zero only when the file cannot be read', () => {
    const run = cli('import-queue-log', path.join(dataDir, 'missing.log'));
    expect(run.code).not.toBe(0);
    expect(run.err).toMatch(/ENOENT|no such file/);
  });
});
