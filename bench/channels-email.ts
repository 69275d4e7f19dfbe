/**
 * channels.email_in: inbound mail throughput — parse + classify + thread + store (ticket.create or
 * ticket.comment through the shared mutators, change log included, attachments and sanitized HTML
 * stored) — fed straight to the ingest function (no IMAP/SMTP), sequentially, on a fresh migrated
 * SQLite file (WAL, synchronous=FULL, as the server runs). Fixed seed. Prints JSON lines, asserts nothing.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DEFAULT_PRIORITY_MATRIX } from '../src/shared/domain/priority';
import { parseEmailChannelConfig } from '../src/server/channels/email/email-config';
import { ingestEmail, type IngestEnvironment } from '../src/server/channels/email/ingest/ingest-email';
import { migrateServerDatabase } from '../src/server/db/migrate';
import { openSqlite } from '../src/server/db/open-database';
import { writeReferenceData } from '../src/server/reference/write-reference-data';
import { printValue } from './bench-stats';
import { BENCH_ORGS, generateBenchMail } from './channels-email-data';

const SEED = 20261128;
const WARMUP = 200;
const MEASURED = 3000;

export async function runEmailInBench(): Promise<void> {
  const dir = mkdtempSync(path.join(tmpdir(), 'mesa-bench-email-'));
  const database = openSqlite(path.join(dir, 'server.sqlite'));
  try {
    await migrateServerDatabase(database.db);
    await writeReferenceData(database.db, {
      organizations: BENCH_ORGS,
      areas: [],
      requesters: [],
      groups: [],
      agents: [],
      categories: [],
    });
    const env: IngestEnvironment = {
      db: database.db,
      dialect: 'sqlite',
      now: Date.now,
      priorityMatrix: DEFAULT_PRIORITY_MATRIX,
      onCommitted: () => undefined,
      config: parseEmailChannelConfig({
        deskAddresses: ['soporte@mesa.test'],
        fromAddress: 'soporte@mesa.test',
        portalBaseUrl: 'https://portal.mesa.test',
        // The bench measures throughput, not the flood guard.
        rateLimit: { maxMessages: 1_000_000, windowSeconds: 60 },
      }),
    };
    const messages = generateBenchMail(SEED, WARMUP + MEASURED);
    const source = { source: 'bench', envelopeFrom: null };
    for (const m of messages.slice(0, WARMUP)) await ingestEmail(env, m.raw, source);
    const kinds = new Map<string, number>();
    const start = process.hrtime.bigint();
    for (const m of messages.slice(WARMUP)) {
      const outcome = await ingestEmail(env, m.raw, source);
      const kind = outcome.status === 'stored' ? outcome.kind : outcome.status;
      kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
    }
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    console.error(
      `email_in: ${MEASURED} messages in ${seconds.toFixed(2)} s, outcomes ${JSON.stringify(Object.fromEntries(kinds))}`,
    );
    printValue('channels.email_in', 'messages/s', MEASURED / seconds);
  } finally {
    await database.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
