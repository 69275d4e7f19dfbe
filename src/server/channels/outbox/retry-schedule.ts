export interface RetryPolicy {
  maxAttempts: number;
  baseDelayMs: number;
  maxDelayMs: number;
}

/**
 * Exponential backoff between attempts (base, 2×, 4×… up to the cap) with ±20 % jitter so a desk
 * coming back from an SMTP outage does not hammer the server with every queued mail at once.
 */
export function nextAttemptDelayMs(
  policy: RetryPolicy,
  attempts: number,
  random: () => number = Math.random,
): number {
  const exponential = policy.baseDelayMs * 2 ** Math.max(0, attempts - 1);
  const capped = Math.min(policy.maxDelayMs, exponential);
  return Math.round(capped * (0.8 + 0.4 * random()));
}

/** 5xx answers are permanent (no such mailbox, policy refusal); anything else may pass later. */
export function isPermanentFailure(error: unknown): boolean {
  const code =
    typeof error === 'object' && error !== null ? (error as { responseCode?: unknown }).responseCode : null;
  return typeof code === 'number' && code >= 500 && code < 600;
}
