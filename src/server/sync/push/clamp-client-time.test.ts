import { describe, expect, it } from 'vitest';
import { clampClientTime } from './clamp-client-time';

const NOW = Date.parse('2026-11-27T12:00:00.000Z');

describe('clampClientTime', () => {
  it('keeps a claim inside the window', () => {
    expect(clampClientTime('2026-11-27T11:00:00Z', '2026-11-27T10:00:00.000Z', NOW)).toEqual({
      at: '2026-11-27T11:00:00.000Z',
      claimed: '2026-11-27T11:00:00.000Z',
      corrected: false,
    });
  });

  it('pulls a claim from the future back to server now', () => {
    const r = clampClientTime('2026-11-27T13:00:00Z', null, NOW);
    expect(r).toMatchObject({ at: '2026-11-27T12:00:00.000Z', corrected: true });
  });

  it('never goes before the previous acknowledged mutation', () => {
    const r = clampClientTime('2026-11-27T09:00:00Z', '2026-11-27T10:00:00.000Z', NOW);
    expect(r).toMatchObject({ at: '2026-11-27T10:00:00.000Z', corrected: true });
  });

  it('accepts offsets and normalizes them to UTC', () => {
    expect(clampClientTime('2026-11-27T06:30:00-05:00', null, NOW)).toMatchObject({
      at: '2026-11-27T11:30:00.000Z',
      corrected: false,
    });
  });

  it('stays inside the window even if the previous stamp is ahead of the server clock', () => {
    const r = clampClientTime('2026-11-27T12:30:00Z', '2026-11-27T12:10:00.000Z', NOW);
    expect(r.at).toBe('2026-11-27T12:10:00.000Z');
  });
});
