import type { Kysely } from 'kysely';
import type { QueueLogRefusal } from '../../../shared/telephony/queue-log-event';
import type { ServerDatabase } from '../../db/schema';
import { importQueueLogFile, type QueueLogImportResult } from './import-queue-log';
import { readQueueMapFile } from './queue-map-file';

const REASON_TEXT: Record<QueueLogRefusal['reason'], string> = {
  too_few_fields: 'fewer than 5 fields (time|callid|queue|agent|event)',
  bad_time: 'the time is not an epoch or a date',
  missing_call_id: 'a call event without callid',
  missing_queue: 'a call event without queue name',
  bad_event: 'the event name is not an Asterisk event',
  bad_number: 'a number field is not a whole number',
};

export function describeRefusal(r: QueueLogRefusal): string {
  return `line ${r.line}: ${r.reason}${r.field ? ` (${r.field})` : ''} — ${REASON_TEXT[r.reason]}`;
}

export function formatImportReport(file: string, result: QueueLogImportResult): string[] {
  const out = [
    `${file}: imported ${result.imported} calls from ${result.lines} lines ` +
      `(${result.callsSeen} ended in the log, ${result.callsSeen - result.imported} already stored, ` +
      `${result.unfinished} unfinished, ${result.ignored} queue/agent lines ignored)`,
  ];
  if (result.refused.length === 0) out.push('refused 0 lines');
  else {
    out.push(`refused ${result.refused.length} lines:`);
    for (const r of result.refused) out.push(`  ${describeRefusal(r)}`);
  }
  return out;
}

/**
 * `npm run server -- import-queue-log FILE [--queue-map map.json]`: imports a historical Asterisk
 * queue_log and prints what it did. An unreadable file (or map) throws: the CLI exits non-zero;
 * refused lines do not.
 */
export async function runImportQueueLog(
  db: Kysely<ServerDatabase>,
  file: string,
  queueMapFile: string | undefined,
  print: (line: string) => void = console.log,
): Promise<QueueLogImportResult> {
  const queueMap = queueMapFile ? await readQueueMapFile(queueMapFile) : undefined;
  // Long imports show progress on a terminal (stderr, so stdout stays the report).
  const onProgress = process.stderr.isTTY
    ? (p: { lines: number; imported: number }) =>
        void process.stderr.write(`\r${p.lines} lines read, ${p.imported} calls imported…`)
    : undefined;
  const result = await importQueueLogFile(db, file, { queueMap, onProgress });
  if (onProgress) process.stderr.write('\n');
  for (const line of formatImportReport(file, result)) print(line);
  return result;
}
