import type { CallDirection, CallRecord } from './call-model';

/** A call the agent logged at the desktop ("Log a call"), as the `call.log` mutation carries it. */
export interface LoggedCall {
  callId: string;
  ticketId: string | null;
  direction: CallDirection;
  /** ISO instants: ringing/dialling began, the call was answered (null: never), it ended. */
  startedAt: string;
  answeredAt: string | null;
  endedAt: string;
  queue: string | null;
  notes: string | null;
  /** The agent who logged it. */
  agentId: string;
}

const seconds = (fromIso: string, toIso: string): number =>
  Math.max(0, Math.round((Date.parse(toIso) - Date.parse(fromIso)) / 1000));

/** Wait = start → answer (or → end when unanswered); talk = answer → end. */
export function loggedCallDurations(call: Pick<LoggedCall, 'startedAt' | 'answeredAt' | 'endedAt'>): {
  waitSeconds: number;
  talkSeconds: number;
} {
  return call.answeredAt
    ? {
        waitSeconds: seconds(call.startedAt, call.answeredAt),
        talkSeconds: seconds(call.answeredAt, call.endedAt),
      }
    : { waitSeconds: seconds(call.startedAt, call.endedAt), talkSeconds: 0 };
}

/** The same record the queue sources produce: answered, or (inbound, never answered) abandoned. */
export function loggedCallRecord(call: LoggedCall): CallRecord {
  const { waitSeconds, talkSeconds } = loggedCallDurations(call);
  const iso = (v: string) => new Date(v).toISOString();
  return {
    callId: call.callId,
    queue: call.queue ?? '',
    direction: call.direction,
    callerId: null,
    enteredAt: iso(call.startedAt),
    answeredAt: call.answeredAt ? iso(call.answeredAt) : null,
    abandonedAt: call.answeredAt ? null : iso(call.endedAt),
    endedAt: iso(call.endedAt),
    waitSeconds,
    talkSeconds,
    agent: null,
    outcome: call.answeredAt ? 'answered' : 'abandoned',
    shortAbandon: false,
    ringAttempts: 0,
    ticketRef: call.ticketId,
  };
}
