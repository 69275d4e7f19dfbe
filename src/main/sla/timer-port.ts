/** setTimeout/clearTimeout behind a port, so the engine runs under fake timers in tests. */
export interface TimerPort {
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export const systemTimers: TimerPort = {
  setTimeout: (callback, ms) => {
    const handle = setTimeout(callback, ms);
    // The engine must never be what keeps a closing process alive.
    handle.unref?.();
    return handle;
  },
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/** Node clamps longer delays to 1 ms; longer sleeps are re-armed by the heartbeat anyway. */
export const MAX_TIMER_DELAY_MS = 2 ** 31 - 1;
