/** Idle longer than this pauses the measurement (DESIGN.md KPI "average documentation time"). */
export const IDLE_LIMIT_MS = 60_000;

/**
 * Active documentation time: every input counts the time since the previous one, as long as the gap
 * is at most a minute (longer gaps are idle and count nothing). Focus starts a session; blur,
 * leaving the ticket or `take` ends it. Pure except for the injected clock.
 */
export function createDocumentationTimer(now: () => number = () => performance.now()) {
  let last: number | null = null;
  let activeMs = 0;
  return {
    /** The editor got focus: activity starts now. */
    focus(): void {
      last = now();
    },
    /** A keystroke or paste. */
    input(): void {
      if (last === null) return;
      const t = now();
      if (t - last <= IDLE_LIMIT_MS) activeMs += t - last;
      last = t;
    },
    /** Focus left: whatever was measured stays until taken. */
    blur(): void {
      last = null;
    },
    /** Whole seconds measured so far, reset to zero. */
    take(): number {
      const seconds = Math.floor(activeMs / 1000);
      activeMs -= seconds * 1000;
      return seconds;
    },
  };
}
