import { describe, expect, it } from 'vitest';
import { computeAllKpis } from './compute-all-kpis';
import { byId, desk, NOVEMBER, OCTOBER, ticket } from './kpi.test-fixtures';

// Calendar `office`: UTC Mon–Fri 09:00–17:00. Agent `ana` resolves everything.
const resolved = [
  // A: Mon 11-02 09:00 → Mon 11-02 11:00. Business 120; wall 120.
  ticket('A', '11-02 09:00', (h) => h.assign('11-02 09:00', 'ana').resolve('11-02 11:00', 'ana')),
  // B: Mon 11-02 16:00 → Tue 11-03 10:00. Business 60 (Mon 16–17) + 60 (Tue 9–10) = 120; wall 18 h = 1080.
  ticket('B', '11-02 16:00', (h) => h.assign('11-02 16:00', 'ana').resolve('11-03 10:00', 'ana')),
  // C: Fri 11-06 16:30 → Mon 11-09 09:30. Business 30 + 30 = 60; wall 2 d 17 h = 65 h = 3900.
  ticket('C', '11-06 16:30', (h) => h.assign('11-06 16:30', 'ana').resolve('11-09 09:30', 'ana')),
  // D: Tue 11-10 09:00 → Thu 11-12 13:00. Business 480 + 480 + 240 = 1200; wall 52 h = 3120.
  ticket('D', '11-10 09:00', (h) => h.assign('11-10 09:00', 'ana').resolve('11-12 13:00', 'ana')),
];
const notInNovember = [
  // Resolved in October: belongs to October's report.
  ticket('E', '2026-10-28 09:00', (h) => h.assign('2026-10-28 09:00', 'ana').resolve('2026-10-29 10:00', 'ana')),
  // Still open.
  ticket('F', '11-20 09:00', (h) => h.assign('11-20 09:00', 'ana').move('11-20 09:05', 'in_progress', 'ana')),
];

describe('resolution time and average solution time', () => {
  it('mean, median and p90 in business and wall-clock minutes', () => {
    const k = byId(computeAllKpis(desk([...resolved, ...notInNovember]), { period: NOVEMBER }));
    // Business [120, 120, 60, 1200]: mean 1500 / 4 = 375; sorted [60, 120, 120, 1200] → median (120 + 120) / 2 = 120;
    // p90 nearest rank ceil(0.9 × 4) = 4th → 1200.
    expect(k['resolution_time.business.mean']).toEqual({ value: 375, n: 4 });
    expect(k['resolution_time.business.median']).toEqual({ value: 120, n: 4 });
    expect(k['resolution_time.business.p90']).toEqual({ value: 1200, n: 4 });
    // Wall [120, 1080, 3900, 3120]: mean 8220 / 4 = 2055; sorted [120, 1080, 3120, 3900] → median 2100; p90 3900.
    expect(k['resolution_time.wall.mean']).toEqual({ value: 2055, n: 4 });
    expect(k['resolution_time.wall.median']).toEqual({ value: 2100, n: 4 });
    expect(k['resolution_time.wall.p90']).toEqual({ value: 3900, n: 4 });
    // Average solution time is the business mean by definition.
    expect(k['solution_time.avg']).toEqual({ value: 375, n: 4 });
  });

  it('a ticket reopened after resolution counts once, to its final resolution', () => {
    // H: Mon 11-16 09:00 created, resolved 10:00, the requester rejects Tue 09:00, resolved again Tue 11:00.
    // Business: Mon 09–17 (480, the time it sat resolved is still the requester's wait) + Tue 09–11 (120) = 600.
    // Wall: 26 h = 1560. Reopen rate: 1 reopened / 1 resolved = 100 %.
    const h = ticket('H', '11-16 09:00', (b) =>
      b.assign('11-16 09:00', 'ana').resolve('11-16 10:00', 'ana').move('11-17 09:00', 'in_progress', 'req-1').resolve('11-17 11:00', 'ana'),
    );
    const k = byId(computeAllKpis(desk([h]), { period: NOVEMBER }));
    expect(k['tickets.resolved']).toEqual({ value: 1, n: 1 });
    expect(k['resolution_time.business.mean']).toEqual({ value: 600, n: 1 });
    expect(k['resolution_time.wall.mean']).toEqual({ value: 1560, n: 1 });
    expect(k['tickets.reopen_rate']).toEqual({ value: 100, n: 1 });
  });

  it('reads each month as of its end: resolved in October, reopened and re-resolved in November', () => {
    // R: created Thu 10-29 09:00, resolved Fri 10-30 09:00 (business 480), reopened Mon 11-02 09:00,
    // resolved again Mon 11-02 10:00 (business from creation: Thu 480 + Fri 480 + Mon 60 = 1020).
    const r = ticket('R', '2026-10-29 09:00', (b) =>
      b
        .assign('2026-10-29 09:00', 'ana')
        .resolve('2026-10-30 09:00', 'ana')
        .move('11-02 09:00', 'in_progress', 'req-1')
        .resolve('11-02 10:00', 'ana'),
    );
    const october = byId(computeAllKpis(desk([r]), { period: OCTOBER }));
    const november = byId(computeAllKpis(desk([r]), { period: NOVEMBER }));
    // October's figure does not change when the ticket is reopened later: resolved, 480 min, no reopen yet.
    expect(october['tickets.resolved']).toEqual({ value: 1, n: 1 });
    expect(october['resolution_time.business.mean']).toEqual({ value: 480, n: 1 });
    expect(october['tickets.reopen_rate']).toEqual({ value: 0, n: 1 });
    expect(november['resolution_time.business.mean']).toEqual({ value: 1020, n: 1 });
    expect(november['tickets.reopen_rate']).toEqual({ value: 100, n: 1 });
  });

  it('no resolution in the period gives no value, not zero', () => {
    const k = byId(computeAllKpis(desk(notInNovember), { period: NOVEMBER }));
    expect(k['resolution_time.business.mean']).toEqual({ value: null, n: 0 });
    expect(k['resolution_time.wall.p90']).toEqual({ value: null, n: 0 });
  });
});
