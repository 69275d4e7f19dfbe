/**
 * Brute-force brake for logins, per account and per client address. Each key gets a few free
 * failures, then is locked for an exponentially growing delay (1 s, 2 s, 4 s … capped). In memory:
 * each instance brakes on its own, which still bounds guessing to a few tries per second per key.
 */
export interface LoginThrottleOptions {
  freeFailures: number;
  baseDelayMs: number;
  maxDelayMs: number;
  now?: () => number;
}

interface KeyState {
  failures: number;
  blockedUntil: number;
  lastFailure: number;
}

const FORGET_AFTER_MS = 24 * 60 * 60 * 1000;
const PRUNE_ABOVE = 10_000;

export class LoginThrottle {
  private readonly state = new Map<string, KeyState>();
  private readonly now: () => number;

  constructor(private readonly options: LoginThrottleOptions) {
    this.now = options.now ?? Date.now;
  }

  /** Milliseconds the caller must still wait (0 = may try now). */
  retryAfterMs(keys: readonly string[]): number {
    const now = this.now();
    return Math.max(0, ...keys.map((k) => (this.state.get(k)?.blockedUntil ?? 0) - now));
  }

  recordFailure(keys: readonly string[]): void {
    const now = this.now();
    for (const key of keys) {
      const s = this.state.get(key) ?? { failures: 0, blockedUntil: 0, lastFailure: now };
      s.failures += 1;
      s.lastFailure = now;
      const over = s.failures - this.options.freeFailures;
      if (over > 0)
        s.blockedUntil = now + Math.min(this.options.baseDelayMs * 2 ** (over - 1), this.options.maxDelayMs);
      this.state.set(key, s);
    }
    if (this.state.size > PRUNE_ABOVE) this.prune(now);
  }

  /** A correct password clears the account's record; the address keeps its own. */
  recordSuccess(key: string): void {
    this.state.delete(key);
  }

  private prune(now: number): void {
    for (const [key, s] of this.state) {
      if (s.blockedUntil < now && now - s.lastFailure > FORGET_AFTER_MS) this.state.delete(key);
    }
  }
}
