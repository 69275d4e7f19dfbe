import { describe, expect, it } from 'vitest';
import { createPrng } from '../demo/prng';
import { TICKET_STATUSES } from '../domain/ticket-enums';
import { computeAllKpis } from './compute-all-kpis';
import { KPI_DEFINITION_IDS, kpiDefinition, kpiDefinitionOf, kpiLabel } from './kpi-definitions';
import { isKpiError } from './kpi-error';
import { KPI_IDS } from './kpi-ids';
import type { KpiCall, KpiTicket } from './kpi-input';
import { byId, call, desk, NOVEMBER, ticket } from './kpi.test-fixtures';
import { totalsDesk } from './month-totals.test-fixtures';

describe('computeAllKpis', () => {
  it('reports every KPI id once, in catalog order, with its unit and definition', () => {
    const report = computeAllKpis(totalsDesk, { period: NOVEMBER });
    expect(report.kpis.map((k) => k.id)).toEqual(KPI_IDS);
    for (const k of report.kpis) {
      for (const language of ['es', 'en'] as const) {
        expect(kpiDefinition(k.definitionId, language)?.name).toBeTruthy();
        expect(kpiDefinitionOf(k.id, language).formula).toBeTruthy();
        expect(kpiLabel(k.id, language)).toBeTruthy();
      }
    }
  });

  it('every definition is used by some KPI', () => {
    const used = new Set(computeAllKpis(desk([]), { period: NOVEMBER }).kpis.map((k) => k.definitionId));
    expect([...KPI_DEFINITION_IDS].filter((id) => !used.has(id))).toEqual([]);
  });

  it('empty period: counts 0, everything else without a value', () => {
    const report = computeAllKpis(totalsDesk, { period: { from: '2027-03-01', to: '2027-04-01', timeZone: 'UTC' } });
    // March 2027 is after `now` (2026-12-10): nothing opened or resolved; "pending at the end" is read
    // at now: M2, M3 and M8 (new) are open.
    const k = byId(report);
    expect(k['tickets.opened']!.value).toBe(0);
    expect(k['tickets.pending']!.value).toBe(3);
    for (const value of report.kpis) {
      if (value.unit !== 'count') expect(value.value, value.id).toBeNull();
    }
  });

  it('same input → byte-identical JSON', () => {
    const one = JSON.stringify(computeAllKpis(totalsDesk, { period: NOVEMBER }));
    const two = JSON.stringify(computeAllKpis(totalsDesk, { period: NOVEMBER }));
    expect(one).toBe(two);
  });

  it('the period follows local midnight in the time zone', () => {
    // Lima is UTC−5: November in Lima starts 2026-11-01T05:00Z. A ticket at 11-01 03:00Z is still
    // October in Lima but November in UTC.
    const t = ticket('L', '11-01 03:00');
    const lima = computeAllKpis(desk([t]), { period: { ...NOVEMBER, timeZone: 'America/Lima' } });
    const utc = computeAllKpis(desk([t]), { period: NOVEMBER });
    expect(byId(lima)['tickets.opened']!.value).toBe(0);
    expect(byId(utc)['tickets.opened']!.value).toBe(1);
  });

  it('refuses impossible periods and options with a coded error', () => {
    const attempt = (f: () => unknown): string => {
      try {
        f();
        return 'no error';
      } catch (error) {
        return isKpiError(error) ? error.code : 'other';
      }
    };
    expect(attempt(() => computeAllKpis(desk([]), { period: { from: '2026-12-01', to: '2026-11-01', timeZone: 'UTC' } }))).toBe(
      'kpi.period_reversed',
    );
    expect(attempt(() => computeAllKpis(desk([]), { period: { from: '2026-02-30', to: '2026-03-01', timeZone: 'UTC' } }))).toBe(
      'kpi.bad_period',
    );
    expect(attempt(() => computeAllKpis(desk([]), { period: { ...NOVEMBER, timeZone: 'Mars/Olympus' } }))).toBe('kpi.bad_time_zone');
    expect(attempt(() => computeAllKpis(desk([]), { period: NOVEMBER }, { serviceLevelSeconds: -1 }))).toBe('kpi.invalid_option');
  });

  it('category filter takes the descendants', () => {
    const tickets = [
      ticket('C1', '11-02 09:00', undefined, { categoryId: 'cat-net' }),
      ticket('C2', '11-02 09:00', undefined, { categoryId: 'cat-net-wifi' }),
      ticket('C3', '11-02 09:00', undefined, { categoryId: 'cat-net-wifi-guest' }),
      ticket('C4', '11-02 09:00', undefined, { categoryId: 'cat-print' }),
      ticket('C5', '11-02 09:00', undefined, { categoryId: null }),
    ];
    const opened = (categoryIds: string[]) =>
      byId(computeAllKpis(desk(tickets), { period: NOVEMBER, categoryIds }))['tickets.opened']!.value;
    expect(opened(['cat-net'])).toBe(3);
    expect(opened(['cat-net-wifi'])).toBe(2);
    expect(opened(['cat-print', 'cat-net-wifi-guest'])).toBe(2);
  });

  it('records the filters it used, sorted', () => {
    const report = computeAllKpis(totalsDesk, { period: NOVEMBER, organizationIds: ['org-b', 'org-a'], channels: ['email'] });
    expect(report.filters).toEqual({ organizationIds: ['org-a', 'org-b'], channels: ['email'] });
    expect(report.period).toEqual(NOVEMBER);
  });
});

describe('filtering by each organization and summing gives the unfiltered figures', () => {
  const orgs = ['org-a', 'org-b', 'org-c', 'org-d'];
  const { tickets, calls } = randomDesk(7, orgs);
  const whole = computeAllKpis(desk(tickets, calls), { period: NOVEMBER });
  const parts = orgs.map((org) => computeAllKpis(desk(tickets, calls), { period: NOVEMBER, organizationIds: [org] }));
  const sum = (f: (r: typeof whole) => number): number => parts.reduce((s, r) => s + f(r), 0);

  it('has data to compare', () => {
    expect(whole.totals.opened).toBeGreaterThan(50);
    expect(byId(whole)['calls.offered']!.value).toBeGreaterThan(20);
  });

  it('every KPI’s sample size, and every count, adds up', () => {
    for (const [index, value] of whole.kpis.entries()) {
      expect(sum((r) => r.kpis[index]!.sampleSize), value.id).toBe(value.sampleSize);
      // Repeats through a shared problem can cross organizations; every other count is additive.
      if (value.unit === 'count' && value.id !== 'repeated_incidents.count' && value.id !== 'incidents_per_problem.mean') {
        expect(sum((r) => r.kpis[index]!.value ?? 0), value.id).toBe(value.value ?? 0);
      }
    }
  });

  it('totals by status and per agent add up', () => {
    for (const status of TICKET_STATUSES) expect(sum((r) => r.totals.byStatus[status]), status).toBe(whole.totals.byStatus[status]);
    const handled = (r: typeof whole) => r.agents.reduce((s, a) => s + a.handled, 0);
    expect(sum(handled)).toBe(handled(whole));
  });
});

/** A seeded random desk: varied histories over late October and November, calls with organizations. */
function randomDesk(seed: number, orgs: string[]): { tickets: KpiTicket[]; calls: KpiCall[] } {
  const prng = createPrng(seed);
  const start = Date.parse('2026-10-25T00:00:00Z');
  const at = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
  const tickets: KpiTicket[] = [];
  for (let i = 0; i < 240; i++) {
    let t = start + prng.int(0, 36 * 24 * 60) * 60_000;
    const next = (maxMinutes: number) => at((t += prng.int(1, maxMinutes) * 60_000));
    const agent = prng.pick(['ana', 'bob', 'carla']);
    const requesterId = `req-${prng.int(1, 30)}`;
    const organizationId = orgs[Number(requesterId.slice(4)) % orgs.length]!;
    tickets.push(
      ticket(
        `R${i}`,
        at(t),
        (h) => {
          if (prng.chance(0.1)) return;
          h.assign(next(30), agent);
          if (prng.chance(0.7)) h.move(next(60), 'in_progress', agent);
          if (prng.chance(0.2)) h.move(next(60), 'pending_requester', agent).move(next(600), 'in_progress', requesterId);
          if (prng.chance(0.15)) h.escalate(next(60), agent, 'dora', 'g-n2');
          if (prng.chance(0.3)) h.document(next(30), h.assigneeId ?? agent, prng.int(30, 600));
          if (prng.chance(0.75)) {
            h.resolve(next(900), h.assigneeId ?? agent, prng.chance(0.7));
            if (prng.chance(0.1)) h.move(next(900), 'in_progress', requesterId).resolve(next(300), h.assigneeId ?? agent);
            if (prng.chance(0.5)) h.move(next(3000), 'closed', requesterId);
          }
        },
        {
          organizationId,
          requesterId,
          areaId: `${organizationId}-area-${prng.int(1, 2)}`,
          channel: prng.pick(['email', 'phone', 'chat', 'portal'] as const),
          categoryId: prng.pick(['cat-net', 'cat-net-wifi', 'cat-print']),
          type: prng.chance(0.05) ? 'problem' : prng.chance(0.8) ? 'incident' : 'request',
          surveys: prng.chance(0.4)
            ? [{ sentAt: `${at(t)}:00Z`.replace(' ', 'T'), rating: prng.chance(0.5) ? { score: prng.int(1, 5), comment: null, respondedAt: `${at(t + 3_600_000)}:00Z`.replace(' ', 'T') } : null }]
            : [],
          slaTargets: [
            prng.chance(0.8)
              ? { target: 'first_response', state: 'met', completedAt: `${at(t)}:00Z`.replace(' ', 'T'), breachedAt: null, applicable: true }
              : { target: 'first_response', state: 'breached', completedAt: null, breachedAt: `${at(t)}:00Z`.replace(' ', 'T'), applicable: true },
          ],
        },
      ),
    );
  }
  // Problem links inside one organization, so the problem KPIs stay additive too.
  const problems = tickets.filter((t) => t.type === 'problem');
  for (const t of tickets) {
    const sameOrg = problems.filter((p) => p.organizationId === t.organizationId);
    if (t.type === 'incident' && sameOrg.length > 0 && prng.chance(0.2)) t.problemId = prng.pick(sameOrg).id;
  }
  const calls: KpiCall[] = [];
  for (let i = 0; i < 80; i++) {
    const entered = at(Date.parse('2026-11-01T00:00:00Z') + prng.int(0, 29 * 24 * 60) * 60_000);
    const iso = (seconds: number) => new Date(Date.parse(`${entered.replace(' ', 'T')}:00Z`) + seconds * 1000).toISOString();
    const roll = prng.next();
    calls.push(
      call(`K${i}`, entered, {
        organizationId: prng.pick(orgs),
        ...(roll < 0.7
          ? { answeredAt: iso(prng.int(1, 60)), endedAt: iso(prng.int(100, 400)), agentId: prng.pick(['ana', 'bob']) }
          : roll < 0.95
            ? { abandonedAt: iso(prng.int(1, 40)) }
            : { endedAt: iso(300) }),
      }),
    );
  }
  return { tickets, calls };
}
