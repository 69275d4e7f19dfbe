/** The month-totals desk (hand-computed in month-totals.test.ts), reused by other tests. Test-only. */
import { desk, ticket } from './kpi.test-fixtures';

const a = { organizationId: 'org-a' };
const b = { organizationId: 'org-b' };
export const totalsDesk = desk([
  // M1: opened and resolved in November (org-a, area-a1, ana).
  ticket('M1', '11-02 09:00', (h) => h.assign('11-02 09:00', 'ana').resolve('11-03 09:00', 'ana'), { ...a, areaId: 'area-a1' }),
  // M2: opened in November, still in progress (org-a, area-a2, ana).
  ticket('M2', '11-04 09:00', (h) => h.assign('11-04 09:00', 'ana').move('11-04 10:00', 'in_progress', 'ana'), { ...a, areaId: 'area-a2' }),
  // M3: opened in October, waiting for the requester all November (org-b, bob): pending.
  ticket('M3', '2026-10-20 09:00', (h) => h.assign('2026-10-20 09:00', 'bob').move('2026-10-21 09:00', 'pending_requester', 'bob'), {
    ...b,
    areaId: 'area-b1',
  }),
  // M4: resolved in October, closed by the requester in November: in the picture (closed), nothing counted.
  ticket('M4', '2026-10-10 09:00', (h) => h.assign('2026-10-10 09:00', 'bob').resolve('2026-10-12 09:00', 'bob').move('11-05 09:00', 'closed', 'req-1'), {
    ...b,
    areaId: 'area-b1',
  }),
  // M5: resolved in September and still resolved: not in November's picture.
  ticket('M5', '2026-09-01 09:00', (h) => h.assign('2026-09-01 09:00', 'bob').resolve('2026-09-02 09:00', 'bob'), b),
  // M6: opened and cancelled in November, no area, never assigned.
  ticket('M6', '11-20 09:00', (h) => h.move('11-20 09:30', 'cancelled', 'ana'), { ...a, areaId: null }),
  // M7: opened 11-25, resolved 12-02: in progress at the end of November.
  ticket('M7', '11-25 09:00', (h) => h.assign('11-25 09:00', 'ana').move('11-25 09:10', 'in_progress', 'ana').resolve('12-02 09:00', 'ana'), {
    ...b,
    areaId: 'area-b1',
  }),
  // M8: December.
  ticket('M8', '12-03 09:00', undefined, a),
]);
