/**
 * channels.queue_log_import: an Asterisk queue_log of ≥ 500 000 lines (seed 42) imported into a fresh
 * migrated SQLite server database — read + parse + assemble + match + store, the whole
 * `import-queue-log` path. Median of 3 runs, each on a new database. Prints JSON lines, asserts nothing.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { importQueueLogFile } from '../src/server/channels/phone/import-queue-log';
import { migrateServerDatabase } from '../src/server/db/migrate';
import { openSqlite } from '../src/server/db/open-database';
import { printValue } from './bench-stats';
import { BENCH_QUEUE_MAP, queueLogBenchFile } from './channels-queue-log-data';

const SEED = 42;
const LINES = 500_000;
const RUNS = 3;

async function importOnce(
  file: string,
): Promise<{ ms: number; lines: number; imported: number; refused: number }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mesa-bench-queue-log-'));
  const database = openSqlite(path.join(dir, 'server.sqlite'));
  try {
    await migrateServerDatabase(database.db);
    const start = process.hrtime.bigint();
    const result = await importQueueLogFile(database.db, file, { queueMap: BENCH_QUEUE_MAP });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    return { ms, lines: result.lines, imported: result.imported, refused: result.refused.length };
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

export async function runQueueLogImportBench(): Promise<void> {
  const file = queueLogBenchFile(SEED, LINES);
  readFileSync(file); // warm the page cache: the figure is the importer's, not the disk's
  const runs = [];
  for (let i = 0; i < RUNS; i++) runs.push(await importOnce(file));
  const sorted = [...runs].sort((a, b) => a.ms - b.ms);
  const median = sorted[Math.floor(RUNS / 2)]!;
  printValue('channels.queue_log_import', 'lines/s', (median.lines * 1000) / median.ms);
  console.log(
    JSON.stringify({
      name: 'channels.queue_log_import.detail',
      lines: median.lines,
      calls: median.imported,
      refused: median.refused,
      ms: Math.round(median.ms),
      runsMs: runs.map((r) => Math.round(r.ms)),
    }),
  );
}

if (import.meta.url === `file://${process.argv[1]}`) await runQueueLogImportBench();
