import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../shared/demo/prng';
import { createBackoff } from './backoff';

describe('createBackoff', () => {
  it('grows exponentially with full jitter, capped, and the same seed gives the same schedule', () => {
    const schedule = (seed: number) => {
      const b = createBackoff({ baseMs: 1000, maxMs: 60_000, random: mulberry32(seed) });
      return Array.from({ length: 9 }, () => b.next());
    };
    const delays = schedule(7);
    expect(schedule(7)).toEqual(delays);
    expect(schedule(8)).not.toEqual(delays);
    delays.forEach((d, i) => {
      const cap = Math.min(60_000, 1000 * 2 ** i);
      expect(d).toBeGreaterThanOrEqual(cap / 4);
      expect(d).toBeLessThanOrEqual(cap);
    });
    expect(Math.max(...delays)).toBeLessThanOrEqual(60_000);
  });

  it('starts small again after a success', () => {
    const b = createBackoff({ baseMs: 1000, random: () => 1 });
    b.next();
    b.next();
    expect(b.next()).toBe(4000);
    b.reset();
    expect(b.next()).toBe(1000);
  });
});
