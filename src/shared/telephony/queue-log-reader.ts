import type { CallEvent } from './call-model';
import { QueueLogRefused, toCallEvent, type QueueLogRefusal } from './queue-log-event';

export interface QueueLogSink {
  event(ev: CallEvent): void;
  refused(refusal: QueueLogRefusal): void;
  /** Lines about queues and agents rather than calls (QUEUESTART, ADDMEMBER, PAUSE…). */
  ignored?(line: number): void;
}

/** Parses one line of the file form: `epoch|callid|queuename|agent|event|data1|…|data5`. */
export function parseQueueLogLine(text: string, line: number, sink: QueueLogSink): void {
  const f = text.split('|');
  if (f.length < 5) return sink.refused({ line, reason: 'too_few_fields' });
  const result = toCallEvent(f[0]!, f[1]!, f[2]!, f[3]!, f[4]!, f.length > 5 ? f.slice(5) : [], line);
  if (result === 'ignored') sink.ignored?.(line);
  else if (result instanceof QueueLogRefused)
    sink.refused(
      result.field ? { line, reason: result.reason, field: result.field } : { line, reason: result.reason },
    );
  else sink.event(result);
}

/**
 * Streaming reader of the file form: feed it text chunks in order (any size, split anywhere),
 * then `end()`. Lines are numbered from 1 as an editor numbers them; blank lines are skipped,
 * CRLF is accepted. Memory stays at one partial line.
 */
export class QueueLogReader {
  private rest = '';
  private lineNo = 0;

  constructor(private readonly sink: QueueLogSink) {}

  get lines(): number {
    return this.lineNo;
  }

  push(chunk: string): void {
    const text = this.rest.length > 0 ? this.rest + chunk : chunk;
    let start = 0;
    for (;;) {
      const nl = text.indexOf('\n', start);
      if (nl < 0) break;
      this.take(text, start, nl);
      start = nl + 1;
    }
    this.rest = start === 0 ? text : text.slice(start);
  }

  end(): void {
    if (this.rest.length > 0) this.take(this.rest, 0, this.rest.length);
    this.rest = '';
  }

  private take(text: string, start: number, end: number): void {
    this.lineNo += 1;
    if (end > start && text.charCodeAt(end - 1) === 13) end -= 1;
    if (end === start) return;
    const line = text.slice(start, end);
    if (line.trim() === '') return;
    parseQueueLogLine(line, this.lineNo, this.sink);
  }
}

/** The database form: a `queue_log` table row (realtime/ODBC), old single `data` column or data1..5. */
export interface QueueLogRow {
  time: string | number | Date;
  callid: string | null;
  queuename: string | null;
  agent: string | null;
  event: string | null;
  data?: string | null;
  data1?: string | null;
  data2?: string | null;
  data3?: string | null;
  data4?: string | null;
  data5?: string | null;
}

function rowTime(value: QueueLogRow['time']): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  return String(value);
}

/** One database row → the sink, numbered by its position in the result (1-based). */
export function parseQueueLogRow(row: QueueLogRow, index: number, sink: QueueLogSink): void {
  const split = row.data1 === undefined && typeof row.data === 'string';
  const data = split
    ? (row.data as string).split('|')
    : [row.data1 ?? '', row.data2 ?? '', row.data3 ?? '', row.data4 ?? '', row.data5 ?? ''];
  if (row.event === null || row.event === undefined || row.time === null || row.time === undefined)
    return sink.refused({ line: index, reason: 'too_few_fields' });
  const result = toCallEvent(
    rowTime(row.time),
    row.callid ?? '',
    row.queuename ?? '',
    row.agent ?? '',
    row.event,
    data,
    index,
  );
  if (result === 'ignored') sink.ignored?.(index);
  else if (result instanceof QueueLogRefused)
    sink.refused(
      result.field
        ? { line: index, reason: result.reason, field: result.field }
        : { line: index, reason: result.reason },
    );
  else sink.event(result);
}
