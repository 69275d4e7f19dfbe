import { newCallState, type CallState } from '../../../shared/telephony/call-state';
import type { CallRow } from './phone-tables';

const ms = (iso: string | null): number | null => (iso === null ? null : Date.parse(iso));

/** A stored call back into the assembler's state, so the next webhook event continues it. */
export function callStateFromRow(row: CallRow): CallState {
  const state = newCallState(row.call_id, row.queue);
  const answered = row.answered_at !== null;
  const ended = row.ended_at !== null;
  state.callerId = row.caller_id;
  state.enteredAt = ms(row.entered_at);
  state.answeredAt = ms(row.answered_at);
  state.endedAt = ms(row.ended_at);
  state.holdSeconds = answered ? row.wait_seconds : null;
  state.waitSeconds = !answered && ended ? row.wait_seconds : null;
  state.talkSeconds = answered && ended ? row.talk_seconds : null;
  state.agent = row.agent_name;
  state.outcome = row.outcome;
  state.ringAttempts = row.ring_attempts;
  return state;
}
