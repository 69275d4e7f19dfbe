import { callKey, type CallEvent, type CallRecord } from './call-model';
import { applyCallEvent, callRecordOf, isCallEnded, newCallState, type CallState } from './call-state';

/**
 * Assembles calls from a time-ordered event stream (queue_log file or table): one state per
 * callid + queue; a call is handed out as soon as it ends, so memory holds only calls in progress.
 */
export class CallAssembler {
  private readonly open = new Map<string, CallState>();
  private ended: CallRecord[] = [];

  constructor(private readonly shortAbandonSeconds?: number) {}

  feed(ev: CallEvent): void {
    const key = callKey(ev.callId, ev.queue);
    let state = this.open.get(key);
    if (!state) {
      state = newCallState(ev.callId, ev.queue);
      this.open.set(key, state);
    }
    applyCallEvent(state, ev);
    if (isCallEnded(state)) {
      this.open.delete(key);
      this.ended.push(callRecordOf(state, this.shortAbandonSeconds));
    }
  }

  /** Ended calls since the last take (in the order they ended). */
  takeEnded(): CallRecord[] {
    const out = this.ended;
    this.ended = [];
    return out;
  }

  get endedCount(): number {
    return this.ended.length;
  }

  /** Calls still without an end: in progress when the log was cut. */
  unfinished(): CallRecord[] {
    return [...this.open.values()].map((s) => callRecordOf(s, this.shortAbandonSeconds));
  }
}
