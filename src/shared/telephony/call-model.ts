/**
 * The phone channel's call record (docs/channels.md, "Phone"): one row per call and queue, assembled
 * from Asterisk queue_log lines, webhook events or a call logged at the desktop.
 */

export const CALL_OUTCOMES = ['answered', 'abandoned', 'timeout', 'empty', 'transferred'] as const;
export type CallOutcome = (typeof CALL_OUTCOMES)[number];

export const CALL_DIRECTIONS = ['inbound', 'outbound'] as const;
export type CallDirection = (typeof CALL_DIRECTIONS)[number];

export const CALL_SOURCES = ['queue_log', 'webhook', 'desktop'] as const;
export type CallSource = (typeof CALL_SOURCES)[number];

/** An abandon shorter than this is a "short abandon", reported apart (DESIGN.md KPIs). */
export const DEFAULT_SHORT_ABANDON_SECONDS = 5;
/** "Answered within threshold %" uses this many seconds unless configured. */
export const DEFAULT_ANSWER_THRESHOLD_SECONDS = 20;

/**
 * One step of a call in a queue, whatever its source. Instants are epoch milliseconds; durations
 * come from Asterisk's own data fields when it gives them (they survive a log cut mid-call).
 */
export type CallEventKind =
  | 'enter'
  | 'ring_no_answer'
  | 'connect'
  | 'abandon'
  | 'exit_key'
  | 'timeout'
  | 'empty'
  | 'complete'
  | 'transfer';

export interface CallEvent {
  kind: CallEventKind;
  callId: string;
  queue: string;
  at: number;
  /** Asterisk agent/channel name as written in the log ('' or NONE when there is none). */
  agent: string;
  callerId?: string;
  /** ENTERQUEUE's url field: may carry an explicit ticket number (MS-10234). */
  url?: string;
  holdSeconds?: number;
  talkSeconds?: number;
  waitSeconds?: number;
  /** Who hung up a completed call. */
  completedBy?: 'agent' | 'caller';
  transferTo?: string;
  /** Where the event came from, for error reports (line number of a file or row index). */
  line?: number;
}

export interface CallRecord {
  callId: string;
  queue: string;
  direction: CallDirection;
  callerId: string | null;
  /** ISO-8601 UTC instants. */
  enteredAt: string;
  answeredAt: string | null;
  abandonedAt: string | null;
  endedAt: string | null;
  waitSeconds: number;
  talkSeconds: number;
  /** The Asterisk agent or channel, raw. */
  agent: string | null;
  /** null while the call is still waiting in the queue. */
  outcome: CallOutcome | null;
  shortAbandon: boolean;
  ringAttempts: number;
  /** An explicit ticket number or id the call carried (ENTERQUEUE url, webhook field). */
  ticketRef: string | null;
}

export const callKey = (callId: string, queue: string): string => `${callId}\u0000${queue}`;
