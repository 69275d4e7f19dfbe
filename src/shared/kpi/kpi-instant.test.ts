import { describe, expect, it } from 'vitest';
import { createPrng } from '../demo/prng';
import { instantMs } from './kpi-instant';

describe('instantMs', () => {
  it('agrees with Date.parse on canonical instants across centuries and leap days', () => {
    const prng = createPrng(3);
    for (let i = 0; i < 5000; i++) {
      const ms = prng.int(-2_000_000_000, 4_000_000_000) * 1000 + prng.int(0, 999);
      const iso = new Date(ms).toISOString();
      expect(instantMs(iso)).toBe(ms);
      const seconds = iso.replace(/\.\d{3}Z$/, 'Z');
      expect(instantMs(seconds)).toBe(Date.parse(seconds));
    }
    expect(instantMs('2028-02-29T23:59:59Z')).toBe(Date.parse('2028-02-29T23:59:59Z'));
  });

  it('falls back to Date.parse for other shapes, NaN for junk', () => {
    expect(instantMs('2026-11-02T09:00:00-05:00')).toBe(Date.parse('2026-11-02T14:00:00Z'));
    expect(instantMs('2026-11-02T09:00:00.5Z')).toBe(Date.parse('2026-11-02T09:00:00.500Z'));
    expect(instantMs('not a dateZ')).toBeNaN();
    expect(instantMs('2026-13-02T09:00:00Z')).toBeNaN();
  });
});
