/**
 * Retry delays with exponential growth and "full jitter" (a uniform draw below the cap), so a
 * hundred desks that lost the server at the same instant do not all come back at the same instant.
 * `random` is injected: tests pass a seeded generator and get a fixed schedule.
 */
export interface BackoffOptions {
  baseMs?: number;
  maxMs?: number;
  random: () => number;
}

export interface Backoff {
  /** The delay before the next attempt; each call counts one more failure. */
  next(): number;
  /** After a success: the next failure starts small again. */
  reset(): void;
  readonly failures: number;
}

export function createBackoff({ baseMs = 500, maxMs = 60_000, random }: BackoffOptions): Backoff {
  let failures = 0;
  return {
    next() {
      const cap = Math.min(maxMs, baseMs * 2 ** Math.min(failures, 30));
      failures += 1;
      // Never zero: a floor of a quarter of the cap keeps a crashed server from being hammered.
      return Math.round(cap / 4 + random() * (cap * 3) / 4);
    },
    reset() {
      failures = 0;
    },
    get failures() {
      return failures;
    },
  };
}
