import type { CallEvent } from './call-model';

/** Why a queue_log line or row was refused (the rest of the file is still imported). */
export const QUEUE_LOG_REFUSALS = [
  'too_few_fields',
  'bad_time',
  'missing_call_id',
  'missing_queue',
  'bad_event',
  'bad_number',
] as const;
export type QueueLogRefusalReason = (typeof QUEUE_LOG_REFUSALS)[number];

export interface QueueLogRefusal {
  line: number;
  reason: QueueLogRefusalReason;
  /** The offending field, when one is to blame. */
  field?: string;
}

/** A refusal carried as a value while parsing a line (no exception on the hot path). */
class Refused {
  constructor(
    readonly reason: QueueLogRefusalReason,
    readonly field?: string,
  ) {}
}

export type ParsedQueueLogEntry = CallEvent | 'ignored' | Refused;
export { Refused as QueueLogRefused };

const EVENT_NAME = /^[A-Z][A-Z0-9_]*$/;

/** An optional whole-number field: '' → undefined; anything else must be one. */
function int(value: string | undefined, field: string): number | undefined | Refused {
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  return Number.isInteger(n) && n >= 0 ? n : new Refused('bad_number', field);
}

const NO_CALL = (s: string): boolean => s === '' || s === 'NONE';

/**
 * Parses a queue_log time: epoch seconds (the file form and most database forms) or a
 * `YYYY-MM-DD HH:MM:SS[.ffffff]` database timestamp, read as UTC unless it carries an offset.
 * Returns epoch milliseconds, or NaN.
 */
export function parseQueueLogTime(value: string): number {
  // Fast path (every line of a file): a plain number of seconds.
  const seconds = value.length > 0 && value.length < 20 ? Number(value) : NaN;
  if (seconds > 0 && Number.isFinite(seconds)) return Math.round(seconds * 1000);
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(value);
  if (!m) return NaN;
  const zone = m[3] ?? 'Z';
  const offset = zone === 'Z' || zone.length > 3 ? zone : `${zone}:00`;
  return Date.parse(`${m[1]}T${m[2]}${offset}`);
}

/**
 * One queue_log entry (already split into fields) → a call event, 'ignored' for events that are
 * not about a call (QUEUESTART, ADDMEMBER, PAUSE, AGENTLOGIN…), or a refusal.
 *
 * Data fields per event (Asterisk queue_log):
 *   ENTERQUEUE url|callerid|position           CONNECT holdtime|bridgedchanneluniqueid|ringtime
 *   ABANDON position|origposition|waittime     EXITWITHTIMEOUT / EXITEMPTY the same
 *   EXITWITHKEY key|position|origposition|waittime
 *   COMPLETEAGENT / COMPLETECALLER holdtime|calltime|origposition
 *   TRANSFER / BLINDTRANSFER extension|context|holdtime|calltime|origposition
 *   ATTENDEDTRANSFER method|data|holdtime|calltime|origposition (method LINK: two data fields)
 *   RINGNOANSWER ringtime (ms)
 */
export function toCallEvent(
  time: string,
  callId: string,
  queue: string,
  agent: string,
  event: string,
  data: readonly string[],
  line: number,
): ParsedQueueLogEntry {
  let kind: CallEvent['kind'];
  switch (event) {
    case 'ENTERQUEUE':
      kind = 'enter';
      break;
    case 'RINGNOANSWER':
      kind = 'ring_no_answer';
      break;
    case 'CONNECT':
      kind = 'connect';
      break;
    case 'ABANDON':
      kind = 'abandon';
      break;
    case 'EXITWITHKEY':
      kind = 'exit_key';
      break;
    case 'EXITWITHTIMEOUT':
      kind = 'timeout';
      break;
    case 'EXITEMPTY':
      kind = 'empty';
      break;
    case 'COMPLETEAGENT':
    case 'COMPLETECALLER':
      kind = 'complete';
      break;
    case 'TRANSFER':
    case 'BLINDTRANSFER':
    case 'ATTENDEDTRANSFER':
      kind = 'transfer';
      break;
    default:
      return EVENT_NAME.test(event) ? 'ignored' : new Refused('bad_event', 'event');
  }
  const at = parseQueueLogTime(time);
  if (!(at > 0) || !Number.isFinite(at)) return new Refused('bad_time', 'time');
  if (NO_CALL(callId)) return new Refused('missing_call_id', 'callid');
  if (NO_CALL(queue)) return new Refused('missing_queue', 'queuename');
  const ev: CallEvent = { kind, callId, queue, at, agent: agent === 'NONE' ? '' : agent, line };
  let a: number | undefined | Refused;
  let b: number | undefined | Refused;
  switch (kind) {
    case 'enter':
      if (data[0]) ev.url = data[0];
      if (data[1]) ev.callerId = data[1];
      return ev;
    case 'ring_no_answer':
      return ev;
    case 'connect':
      a = int(data[0], 'data1');
      if (a instanceof Refused) return a;
      ev.holdSeconds = a;
      return ev;
    case 'abandon':
    case 'timeout':
    case 'empty':
    case 'exit_key':
      a = int(data[kind === 'exit_key' ? 3 : 2], kind === 'exit_key' ? 'data4' : 'data3');
      if (a instanceof Refused) return a;
      ev.waitSeconds = a;
      return ev;
    case 'complete':
      a = int(data[0], 'data1');
      b = int(data[1], 'data2');
      if (a instanceof Refused) return a;
      if (b instanceof Refused) return b;
      ev.holdSeconds = a;
      ev.talkSeconds = b;
      ev.completedBy = event === 'COMPLETEAGENT' ? 'agent' : 'caller';
      return ev;
    case 'transfer': {
      const shift = event === 'ATTENDEDTRANSFER' && data[0] === 'LINK' ? 1 : 0;
      a = int(data[2 + shift], `data${3 + shift}`);
      b = int(data[3 + shift], `data${4 + shift}`);
      if (a instanceof Refused) return a;
      if (b instanceof Refused) return b;
      ev.holdSeconds = a;
      ev.talkSeconds = b;
      if (event !== 'ATTENDEDTRANSFER' && data[0]) ev.transferTo = data[0];
      return ev;
    }
  }
}
