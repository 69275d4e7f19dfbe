import { describe, expect, it } from 'vitest';
import { formatPullCursor, parsePullCursor } from './pull-cursor';

describe('pull cursor', () => {
  it('round-trips log and snapshot cursors', () => {
    for (const c of [
      { kind: 'log' as const, seq: 0 },
      { kind: 'log' as const, seq: 1234 },
      { kind: 'snapshot' as const, highWater: 99, tableIndex: 6, afterPk: '0190c1d2-…/ñ' },
    ]) {
      expect(parsePullCursor(formatPullCursor(c))).toEqual(c);
    }
  });

  it('accepts a number for a log cursor', () => {
    expect(parsePullCursor(42)).toEqual({ kind: 'log', seq: 42 });
  });

  it.each(['', '-1', 'abc', 's.1.2', 's.1.2.***', '1e3', 1.5, -3])('refuses %j', (bad) => {
    expect(() => parsePullCursor(bad)).toThrowError(/sync.cursor_invalid/);
  });
});
