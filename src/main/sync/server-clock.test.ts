import { describe, expect, it } from 'vitest';
import { createFrozenClock } from '../services/clock';
import { correctedNowIso, measureOffsetMs } from './server-clock';

describe('server clock offset', () => {
  it('compares the middle of the Date second with the middle of the round trip', () => {
    const sent = Date.parse('2026-11-27T12:00:00.000Z');
    // The server is 90 s ahead; the answer took 200 ms.
    const offset = measureOffsetMs(sent, sent + 200, 'Fri, 27 Nov 2026 12:01:30 GMT');
    expect(offset).toBe(90_000 + 500 - 100);
    expect(measureOffsetMs(sent, sent, null)).toBeNull();
    expect(measureOffsetMs(sent, sent, 'garbage')).toBeNull();
  });

  it('stamps events with device time corrected by the offset', () => {
    const clock = createFrozenClock('2026-11-27T12:00:00Z');
    expect(correctedNowIso(clock, 90_400)).toBe('2026-11-27T12:01:30Z');
    expect(correctedNowIso(clock, -3_600_000)).toBe('2026-11-27T11:00:00Z');
  });
});
