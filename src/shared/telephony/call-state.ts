import {
  DEFAULT_SHORT_ABANDON_SECONDS,
  type CallEvent,
  type CallOutcome,
  type CallRecord,
} from './call-model';

/**
 * The state of one call in one queue while its events arrive. Instants are epoch ms; `null` is
 * "not seen yet". Events may come out of order (webhooks) or start mid-call (a rotated log): each
 * one fills what it can, Asterisk's own durations first, and never undoes a terminal outcome.
 */
export interface CallState {
  callId: string;
  queue: string;
  callerId: string | null;
  url: string | null;
  enteredAt: number | null;
  answeredAt: number | null;
  endedAt: number | null;
  holdSeconds: number | null;
  talkSeconds: number | null;
  waitSeconds: number | null;
  agent: string | null;
  outcome: CallOutcome | null;
  ringAttempts: number;
}

export function newCallState(callId: string, queue: string): CallState {
  return {
    callId,
    queue,
    callerId: null,
    url: null,
    enteredAt: null,
    answeredAt: null,
    endedAt: null,
    holdSeconds: null,
    talkSeconds: null,
    waitSeconds: null,
    agent: null,
    outcome: null,
    ringAttempts: 0,
  };
}

const minOf = (a: number | null, b: number): number => (a === null ? b : Math.min(a, b));

function endWithoutAnswer(s: CallState, ev: CallEvent, outcome: CallOutcome): void {
  if (s.endedAt !== null || s.answeredAt !== null) return;
  s.endedAt = ev.at;
  s.outcome = outcome;
  if (ev.waitSeconds !== undefined) {
    s.waitSeconds = ev.waitSeconds;
    s.enteredAt = minOf(s.enteredAt, ev.at - ev.waitSeconds * 1000);
  } else s.enteredAt = minOf(s.enteredAt, ev.at);
}

function endAnswered(s: CallState, ev: CallEvent, outcome: 'answered' | 'transferred'): void {
  if (s.endedAt !== null && s.answeredAt !== null) return;
  s.endedAt = ev.at;
  if (ev.talkSeconds !== undefined) s.talkSeconds = ev.talkSeconds;
  if (ev.holdSeconds !== undefined) s.holdSeconds ??= ev.holdSeconds;
  if (s.answeredAt === null) s.answeredAt = ev.at - (ev.talkSeconds ?? 0) * 1000;
  if (s.holdSeconds !== null) s.enteredAt = minOf(s.enteredAt, s.answeredAt - s.holdSeconds * 1000);
  else s.enteredAt = minOf(s.enteredAt, s.answeredAt);
  if (ev.agent) s.agent ??= ev.agent;
  s.outcome = outcome;
}

/** Applies one event to the call's state (mutates and returns it). */
export function applyCallEvent(state: CallState, ev: CallEvent): CallState {
  const s = state;
  switch (ev.kind) {
    case 'enter':
      s.enteredAt = minOf(s.enteredAt, ev.at);
      if (ev.callerId) s.callerId = ev.callerId;
      if (ev.url) s.url = ev.url;
      break;
    case 'ring_no_answer':
      s.ringAttempts += 1;
      break;
    case 'connect':
      if (s.answeredAt !== null) break;
      // An answer after an abandon/timeout of the same call-queue pair cannot be: keep the first.
      if (s.endedAt !== null) break;
      s.answeredAt = ev.at;
      if (ev.agent) s.agent = ev.agent;
      if (ev.holdSeconds !== undefined) {
        s.holdSeconds = ev.holdSeconds;
        s.enteredAt = minOf(s.enteredAt, ev.at - ev.holdSeconds * 1000);
      } else s.enteredAt = minOf(s.enteredAt, ev.at);
      s.outcome = 'answered';
      break;
    case 'abandon':
    case 'exit_key':
      endWithoutAnswer(s, ev, 'abandoned');
      break;
    case 'timeout':
      endWithoutAnswer(s, ev, 'timeout');
      break;
    case 'empty':
      endWithoutAnswer(s, ev, 'empty');
      break;
    case 'complete':
      endAnswered(s, ev, s.outcome === 'transferred' ? 'transferred' : 'answered');
      break;
    case 'transfer':
      endAnswered(s, ev, 'transferred');
      break;
  }
  return s;
}

export const isCallEnded = (s: CallState): boolean => s.endedAt !== null;

const seconds = (ms: number): number => Math.max(0, Math.round(ms / 1000));
const iso = (ms: number | null): string | null => (ms === null ? null : new Date(ms).toISOString());

/** Asterisk's ticket numbers in ENTERQUEUE's url field: a bare `MS-10234` is an explicit link. */
const TICKET_REF = /^(MS-\d{1,12}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i;

/** The record of a call as far as it is known (only ended calls are final). */
export function callRecordOf(s: CallState, shortAbandonSeconds = DEFAULT_SHORT_ABANDON_SECONDS): CallRecord {
  const enteredAt = s.enteredAt ?? s.answeredAt ?? s.endedAt ?? 0;
  const waitSeconds =
    s.answeredAt !== null
      ? (s.holdSeconds ?? seconds(s.answeredAt - enteredAt))
      : s.endedAt !== null
        ? (s.waitSeconds ?? seconds(s.endedAt - enteredAt))
        : 0;
  const talkSeconds =
    s.answeredAt !== null && s.endedAt !== null ? (s.talkSeconds ?? seconds(s.endedAt - s.answeredAt)) : 0;
  return {
    callId: s.callId,
    queue: s.queue,
    direction: 'inbound',
    callerId: s.callerId,
    enteredAt: iso(enteredAt)!,
    answeredAt: iso(s.answeredAt),
    abandonedAt: s.outcome === 'abandoned' ? iso(s.endedAt) : null,
    endedAt: iso(s.endedAt),
    waitSeconds,
    talkSeconds,
    agent: s.agent,
    outcome: s.outcome,
    shortAbandon: s.outcome === 'abandoned' && waitSeconds < shortAbandonSeconds,
    ringAttempts: s.ringAttempts,
    ticketRef: s.url && TICKET_REF.test(s.url) ? s.url : null,
  };
}
