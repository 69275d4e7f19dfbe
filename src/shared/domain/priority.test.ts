import { describe, expect, it } from 'vitest';
import { comparePriority, computePriority, DEFAULT_PRIORITY_MATRIX, parsePriorityMatrix } from './priority';

describe('priority matrix', () => {
  it.each([
    ['high', 'high', 'P1'],
    ['high', 'medium', 'P2'],
    ['high', 'low', 'P3'],
    ['medium', 'high', 'P2'],
    ['medium', 'medium', 'P3'],
    ['medium', 'low', 'P4'],
    ['low', 'high', 'P3'],
    ['low', 'medium', 'P4'],
    ['low', 'low', 'P4'],
  ] as const)('impact %s × urgency %s → %s with the default matrix', (impact, urgency, expected) => {
    expect(computePriority(DEFAULT_PRIORITY_MATRIX, impact, urgency)).toBe(expected);
  });

  it('uses a configured matrix', () => {
    const strict = parsePriorityMatrix({
      high: { high: 'P1', medium: 'P1', low: 'P2' },
      medium: { high: 'P2', medium: 'P2', low: 'P3' },
      low: { high: 'P3', medium: 'P4', low: 'P4' },
    });
    expect(computePriority(strict, 'high', 'medium')).toBe('P1');
    expect(computePriority(strict, 'medium', 'low')).toBe('P3');
  });

  it('refuses a matrix with a missing cell or an unknown priority', () => {
    expect(() => parsePriorityMatrix({ high: { high: 'P1' } })).toThrow();
    expect(() =>
      parsePriorityMatrix({ ...DEFAULT_PRIORITY_MATRIX, low: { high: 'P9', medium: 'P4', low: 'P4' } }),
    ).toThrow();
  });

  it('orders P1 before P4', () => {
    expect(['P3', 'P1', 'P4', 'P2'].sort((a, b) => comparePriority(a as 'P1', b as 'P1'))).toEqual([
      'P1',
      'P2',
      'P3',
      'P4',
    ]);
  });
});
