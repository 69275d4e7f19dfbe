import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeAllKpis } from '../../src/shared/kpi/index';
import { LiveKpis } from '../../src/shared/reports/live-kpis';
import { loadKpiSource } from '../../src/server/reports/load-kpi-source';
import { buildServerReport } from '../../src/server/reports/generate-report';
import { localReport } from '../../src/main/dashboard/local-report';
import { PASSWORD, USERS } from '../server/helpers/fixtures';
import { dialects } from '../server/helpers/test-dialects';
import { openDeskClient, type DeskClient } from '../sync/helpers/desk-client';
import { DESK_TZ, MONTH, startReportDesk, type ReportDesk } from './helpers/report-desk';

// The supervisor's workstation (its synced replica, the desktop loader) and the server (its database,
// the server loader) compute the same KPIs for the same filters; and the dashboard's incremental
// computation (LiveKpis) equals the report's computeAllKpis on the same data.
describe.each(dialects)('dashboard and report agree on $name', (dialect) => {
  let desk: ReportDesk;
  let supervisor: DeskClient;
  beforeAll(async () => {
    desk = await startReportDesk(dialect);
    const url = await desk.server.app.listen({ host: '127.0.0.1', port: 0 });
    supervisor = await openDeskClient(url, 'a-sofia', 'supervisor');
    await supervisor.client.login(USERS.sofia!.email, PASSWORD);
    await supervisor.sync();
  }, 120_000);
  afterAll(async () => {
    await supervisor.close();
    await desk.close();
  });

  const now = '2026-12-01T15:00:00Z';
  for (const filters of [
    { organizationId: null, agentId: null },
    { organizationId: 'org-acme', agentId: null },
    { organizationId: null, agentId: 'a-pedro' },
  ]) {
    it(`same KPIs for ${JSON.stringify(filters)}`, async () => {
      const one = (v: string | null) => (v ? [v] : undefined);
      const server = await buildServerReport(desk.server.database.db, {
        period: { from: MONTH.from, to: '2026-12-01', timeZone: DESK_TZ },
        organizationId: filters.organizationId,
        agentIds: one(filters.agentId),
        language: 'es',
        now,
      });
      const local = await localReport(
        supervisor.store.db,
        { from: MONTH.from, to: MONTH.to, organizationId: filters.organizationId, areaId: null, agentId: filters.agentId },
        { timeZone: DESK_TZ, now, language: 'es' },
      );
      expect(local.report.kpis).toEqual(server.report.kpis);
      expect(local.report.agents).toEqual(server.report.agents);
      expect(local.report.totals).toEqual(server.report.totals);
      expect(local.breaches.map((b) => [b.ticketId, b.causes])).toEqual(server.breaches.map((b) => [b.ticketId, b.causes]));
    });
  }

  it('the live dashboard computation equals the report computation', async () => {
    const period = { from: MONTH.from, to: '2026-12-01', timeZone: DESK_TZ };
    const midMonth = '2026-11-20T12:00:00Z';
    const source = await loadKpiSource(desk.server.database.db, { period, now: midMonth });
    const asOfNow = { ...source.input, tickets: source.input.tickets.filter((t) => t.createdAt < midMonth).map((t) => ({ ...t, events: t.events.filter((e) => e.at < midMonth) })) };
    const report = computeAllKpis({ ...asOfNow, now: midMonth }, { period });
    const fresh = new LiveKpis();
    for (const t of asOfNow.tickets) fresh.put(t);
    expect(fresh.report(period, midMonth, []).kpis).toEqual(report.kpis);
    expect(fresh.report(period, midMonth, []).agents).toEqual(report.agents);
  });
});
