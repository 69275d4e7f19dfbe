import { describe, expect, it } from 'vitest';
import { computeAllKpis } from './compute-all-kpis';
import { byId, NOVEMBER } from './kpi.test-fixtures';
import { totalsDesk } from './month-totals.test-fixtures';

// The desk (month-totals.test-fixtures.ts):
// M1 org-a/area-a1/ana opened 11-02, resolved 11-03. M2 org-a/area-a2/ana opened 11-04, in progress.
// M3 org-b/area-b1/bob opened in October, pending requester. M4 org-b/area-b1/bob resolved in October,
// closed 11-05. M5 resolved in September, still resolved. M6 org-a/no area/unassigned opened and cancelled
// 11-20. M7 org-b/area-b1/ana opened 11-25, resolved 12-02. M8 opened in December.

describe('month totals', () => {
  const report = computeAllKpis(totalsDesk, { period: NOVEMBER });

  it('opened, resolved, pending', () => {
    // Opened M1, M2, M6, M7 = 4; resolved M1 = 1; pending at the end M2, M3, M7 = 3.
    const k = byId(report);
    expect([k['tickets.opened']!.value, k['tickets.resolved']!.value, k['tickets.pending']!.value]).toEqual([4, 1, 3]);
    expect(report.totals).toMatchObject({ opened: 4, resolved: 1, pending: 3 });
  });

  it('status at the end of the period of the tickets in its picture', () => {
    // M1 resolved, M2 in progress, M3 pending requester, M4 closed, M6 cancelled, M7 in progress (M5, M8 out).
    expect(report.totals.byStatus).toEqual({
      new: 0,
      in_progress: 2,
      pending_requester: 1,
      pending_third_party: 0,
      resolved: 1,
      closed: 1,
      cancelled: 1,
    });
  });

  it('per organization, area and agent', () => {
    // org-a: M1 (opened, resolved), M2 (opened, pending), M6 (opened) → 3 / 1 / 1.
    // org-b: M3 (pending), M4 (—), M7 (opened, pending) → 1 / 0 / 2.
    expect(report.totals.perOrganization).toEqual([
      { key: 'org-a', opened: 3, resolved: 1, pending: 1 },
      { key: 'org-b', opened: 1, resolved: 0, pending: 2 },
    ]);
    expect(report.totals.perArea).toEqual([
      { key: 'area-a1', opened: 1, resolved: 1, pending: 0 },
      { key: 'area-a2', opened: 1, resolved: 0, pending: 1 },
      { key: 'area-b1', opened: 1, resolved: 0, pending: 2 },
      { key: null, opened: 1, resolved: 0, pending: 0 },
    ]);
    // ana: M1, M2, M7; bob: M3, M4; unassigned: M6.
    expect(report.totals.perAgent).toEqual([
      { key: 'ana', opened: 3, resolved: 1, pending: 2 },
      { key: 'bob', opened: 0, resolved: 0, pending: 1 },
      { key: null, opened: 1, resolved: 0, pending: 0 },
    ]);
  });

  it('filtering by an agent gives exactly that agent’s row', () => {
    const ana = computeAllKpis(totalsDesk, { period: NOVEMBER, agentIds: ['ana'] });
    expect(ana.totals).toMatchObject({ opened: 3, resolved: 1, pending: 2 });
  });
});
