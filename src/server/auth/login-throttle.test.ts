import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle';

function throttle() {
  let now = 0;
  const t = new LoginThrottle({ freeFailures: 3, baseDelayMs: 1000, maxDelayMs: 8000, now: () => now });
  return { t, advance: (ms: number) => (now += ms) };
}

describe('LoginThrottle', () => {
  it('lets the first failures through, then doubles the wait up to the cap', () => {
    const { t } = throttle();
    const waits: number[] = [];
    for (let i = 0; i < 7; i++) {
      t.recordFailure(['acct:a']);
      waits.push(t.retryAfterMs(['acct:a']));
    }
    expect(waits).toEqual([0, 0, 0, 1000, 2000, 4000, 8000]);
  });

  it('blocks on the worst of several keys and forgets an account after a success', () => {
    const { t, advance } = throttle();
    for (let i = 0; i < 4; i++) t.recordFailure(['acct:a', 'ip:1']);
    expect(t.retryAfterMs(['acct:b', 'ip:1'])).toBe(1000);
    advance(1000);
    expect(t.retryAfterMs(['acct:a'])).toBe(0);
    t.recordSuccess('acct:a');
    t.recordFailure(['acct:a']);
    expect(t.retryAfterMs(['acct:a'])).toBe(0);
  });
});
