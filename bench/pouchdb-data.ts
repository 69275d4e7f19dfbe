import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import PouchDB from 'pouchdb';
import { generateDemoData } from '../src/shared/demo';
import { BENCH_DATA_DIR, BENCH_NOW } from './store-bench-data';

export const POUCH_DB_NAME = 'tickets';

/**
 * The same demo desk as the Mesa server's (same generator, seed and size), as PouchDB documents:
 * one document per ticket with its events and comments embedded (CouchDB's natural shape: a
 * ticket and its history replicate together). Stored with LevelDB in bench/.data and reused.
 */
export async function pouchSourceDir(seed: number, ticketCount: number, log: (line: string) => void): Promise<string> {
  const dir = join(BENCH_DATA_DIR, `pouch-source-${seed}-${ticketCount}`);
  const marker = join(dir, 'spec.json');
  const spec = JSON.stringify({ seed, ticketCount, now: BENCH_NOW, v: 1 });
  if (existsSync(marker) && readFileSync(marker, 'utf8') === spec) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const db = new PouchDB(join(dir, POUCH_DB_NAME));
  const demo = generateDemoData({ seed, ticketCount, now: BENCH_NOW });
  let batch: unknown[] = [];
  let done = 0;
  for (const { ticket, events, comments } of demo.tickets) {
    batch.push({ _id: ticket.id, ticket, events, comments });
    if (batch.length === 1000) {
      await db.bulkDocs(batch);
      done += batch.length;
      batch = [];
      if (done % 20_000 === 0) log(`pouch source ${done}/${ticketCount}`);
    }
  }
  if (batch.length) await db.bulkDocs(batch);
  await db.close();
  writeFileSync(marker, spec);
  return dir;
}
