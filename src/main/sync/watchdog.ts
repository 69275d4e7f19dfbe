import type { Timers } from './timers';

/**
 * Fires `onStall` when nothing kicked it for `timeoutMs`: a sync cycle that hangs (a half-open TCP
 * connection, a server that accepted the request and never answered) or a live socket that went
 * silent is cut and retried instead of leaving the desk "online" with nothing moving.
 */
export interface Watchdog {
  /** Starts (or restarts) the countdown. */
  kick(): void;
  stop(): void;
  readonly running: boolean;
}

export function createWatchdog(timers: Timers, timeoutMs: number, onStall: () => void): Watchdog {
  let handle: unknown = null;
  const stop = () => {
    if (handle !== null) timers.clearTimeout(handle);
    handle = null;
  };
  return {
    kick() {
      stop();
      handle = timers.setTimeout(() => {
        handle = null;
        onStall();
      }, timeoutMs);
    },
    stop,
    get running() {
      return handle !== null;
    },
  };
}
