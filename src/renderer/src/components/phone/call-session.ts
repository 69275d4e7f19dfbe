import type { CallDirection } from '../../../../shared/telephony/call-model';
import type { CallLogArgs } from '../../../../shared/sync/mutators/call-log';

/**
 * A call as the "Log a call" dialog times it: it starts ringing (or dialling) when the dialog
 * opens, the agent presses Answer, then Hang up. Instants are epoch ms from the renderer's clock;
 * the main process stamps the mutation itself.
 */
export interface CallSession {
  callId: string;
  direction: CallDirection;
  startedAt: number;
  answeredAt: number | null;
  endedAt: number | null;
}

export type CallPhase = 'ringing' | 'talking' | 'ended';

export function startCall(callId: string, now: number, direction: CallDirection = 'inbound'): CallSession {
  return { callId, direction, startedAt: now, answeredAt: null, endedAt: null };
}

export function callPhase(s: CallSession): CallPhase {
  if (s.endedAt !== null) return 'ended';
  return s.answeredAt !== null ? 'talking' : 'ringing';
}

export function answerCall(s: CallSession, now: number): CallSession {
  return callPhase(s) === 'ringing' ? { ...s, answeredAt: Math.max(now, s.startedAt) } : s;
}

export function hangUpCall(s: CallSession, now: number): CallSession {
  return s.endedAt === null ? { ...s, endedAt: Math.max(now, s.answeredAt ?? s.startedAt) } : s;
}

/** The running timer: ringing time until the answer, then talk time; frozen once ended. */
export function callTimerSeconds(s: CallSession, now: number): number {
  const from = s.answeredAt ?? s.startedAt;
  const to = s.endedAt ?? now;
  return Math.max(0, Math.floor((to - from) / 1000));
}

/** 75 → "1:15", 3725 → "1:02:05". */
export function formatCallTime(totalSeconds: number): string {
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const s = totalSeconds % 60;
  const mm = h > 0 ? String(m).padStart(2, '0') : String(m);
  return `${h > 0 ? `${h}:` : ''}${mm}:${String(s).padStart(2, '0')}`;
}

/** The `call.log` args of an ended call (hung up now if the agent saves while still talking). */
export function callLogArgs(
  s: CallSession,
  now: number,
  extra: { ticketId: string | null; queue: string; notes: string },
): CallLogArgs {
  const ended = hangUpCall(s, now);
  const iso = (ms: number) => new Date(ms).toISOString();
  return {
    callId: ended.callId,
    ticketId: extra.ticketId,
    direction: ended.direction,
    startedAt: iso(ended.startedAt),
    answeredAt: ended.answeredAt === null ? null : iso(ended.answeredAt),
    endedAt: iso(ended.endedAt!),
    queue: extra.queue.trim() || null,
    notes: extra.notes.trim() || null,
  };
}
