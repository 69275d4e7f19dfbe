import { createReadStream } from 'node:fs';
import type { Kysely } from 'kysely';
import { CallAssembler } from '../../../shared/telephony/call-assembler';
import type { CallSource } from '../../../shared/telephony/call-model';
import type { QueueLogRefusal } from '../../../shared/telephony/queue-log-event';
import {
  parseQueueLogRow,
  QueueLogReader,
  type QueueLogRow,
  type QueueLogSink,
} from '../../../shared/telephony/queue-log-reader';
import { EMPTY_QUEUE_MAP, queueMapResolver, type QueueMap } from '../../../shared/telephony/queue-map';
import type { ServerDatabase } from '../../db/schema';
import { storeEndedCalls } from './store-calls';

/** Ended calls are written in transactions of this many. */
const CALLS_PER_BATCH = 10_000;

export interface QueueLogImportOptions {
  queueMap?: QueueMap;
  shortAbandonSeconds?: number;
  now?: () => number;
  /** Told after each stored batch (long imports show progress). */
  onProgress?: (progress: { lines: number; imported: number }) => void;
}

export interface QueueLogImportResult {
  /** Lines (file) or rows (table) read. */
  lines: number;
  /** Calls stored (new, or completing one a webhook had started); a re-import gives 0. */
  imported: number;
  /** Calls that ended in the input (stored now or before). */
  callsSeen: number;
  /** Calls with no end in the input (cut by log rotation): not stored, the next log completes them. */
  unfinished: number;
  /** Lines about queues and agents rather than calls. */
  ignored: number;
  refused: QueueLogRefusal[];
}

/** The shared pipeline: events → assembler → batched, idempotent store. */
class QueueLogImport {
  readonly result: QueueLogImportResult = {
    lines: 0,
    imported: 0,
    callsSeen: 0,
    unfinished: 0,
    ignored: 0,
    refused: [],
  };
  readonly assembler: CallAssembler;
  readonly sink: QueueLogSink;
  private readonly resolver;

  constructor(
    private readonly db: Kysely<ServerDatabase>,
    private readonly options: QueueLogImportOptions,
    private readonly source: CallSource = 'queue_log',
  ) {
    this.assembler = new CallAssembler(options.shortAbandonSeconds);
    this.resolver = queueMapResolver(options.queueMap ?? EMPTY_QUEUE_MAP);
    this.sink = {
      event: (ev) => this.assembler.feed(ev),
      refused: (r) => void this.result.refused.push(r),
      ignored: () => void (this.result.ignored += 1),
    };
  }

  get batchReady(): boolean {
    return this.assembler.endedCount >= CALLS_PER_BATCH;
  }

  async flush(): Promise<void> {
    const calls = this.assembler.takeEnded();
    if (calls.length === 0) return;
    const now = new Date((this.options.now ?? Date.now)()).toISOString();
    this.result.callsSeen += calls.length;
    this.result.imported += await storeEndedCalls(this.db, calls, this.resolver, this.source, now);
    this.options.onProgress?.({ lines: this.result.lines, imported: this.result.imported });
  }

  async finish(lines: number): Promise<QueueLogImportResult> {
    this.result.lines = lines;
    await this.flush();
    this.result.unfinished = this.assembler.unfinished().length;
    return this.result;
  }
}

/** Imports text chunks of the file form (a stream or an array), in order. */
export async function importQueueLogText(
  db: Kysely<ServerDatabase>,
  chunks: AsyncIterable<string> | Iterable<string>,
  options: QueueLogImportOptions = {},
): Promise<QueueLogImportResult> {
  const job = new QueueLogImport(db, options);
  const reader = new QueueLogReader(job.sink);
  for await (const chunk of chunks) {
    reader.push(chunk);
    job.result.lines = reader.lines;
    if (job.batchReady) await job.flush();
  }
  reader.end();
  return job.finish(reader.lines);
}

/**
 * Imports an Asterisk queue_log file. Throws only when the file cannot be read; malformed lines
 * are returned in `refused` with their line number and the rest is imported.
 */
export function importQueueLogFile(
  db: Kysely<ServerDatabase>,
  file: string,
  options: QueueLogImportOptions = {},
): Promise<QueueLogImportResult> {
  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 1 << 20 });
  return importQueueLogText(db, stream as AsyncIterable<string>, options);
}

/**
 * Imports the database form: rows of a `queue_log` table in time order (a query result or a
 * cursor), `data1`…`data5` or the older single `data` column. Row numbers stand for line numbers.
 */
export async function importQueueLogRows(
  db: Kysely<ServerDatabase>,
  rows: AsyncIterable<QueueLogRow> | Iterable<QueueLogRow>,
  options: QueueLogImportOptions = {},
): Promise<QueueLogImportResult> {
  const job = new QueueLogImport(db, options);
  let index = 0;
  for await (const row of rows) {
    index += 1;
    parseQueueLogRow(row, index, job.sink);
    if (job.batchReady) {
      job.result.lines = index;
      await job.flush();
    }
  }
  return job.finish(index);
}
