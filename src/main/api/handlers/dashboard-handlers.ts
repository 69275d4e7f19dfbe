import { reportCsv } from '../../../shared/reports/report-csv';
import { reportFileBase } from '../../../shared/reports/report-file';
import type { HandlerContext } from '../../services/handler-context';
import { DashboardModel } from '../../dashboard/dashboard-model';
import { localReport } from '../../dashboard/local-report';
import { serverGet } from '../../dashboard/server-reports-client';
import type { HandlerRegistry } from '../handler-registry';

export const DESK_TIME_ZONE = process.env.MESA_DESK_TIME_ZONE ?? 'America/Lima';

/**
 * The supervisor dashboard window and the report screen (docs/kpis.md, Dashboard): live picture from
 * the local replica (reloaded incrementally on every `tickets.changed`), reports computed locally with
 * the shared KPI library, PDFs and the monthly deliveries from the central server.
 */
export function registerDashboardHandlers(registry: HandlerRegistry, ctx: HandlerContext): void {
  const model = new DashboardModel(ctx.db, ctx.clock, DESK_TIME_ZONE);
  ctx.events.subscribe((event, payload) => {
    if (event === 'tickets.changed') model.markChanged((payload as { ticketIds: string[] }).ticketIds);
  });
  registry.register('dashboard.snapshot', () => model.snapshot());
  registry.register('dashboard.agentTickets', async ({ agentId }) => {
    const rows = await ctx.db
      .selectFrom('tickets')
      .select(['id', 'number', 'provisional_number', 'title', 'status', 'priority', 'assignee_id', 'organization_id', 'created_at', 'sla_due_at'])
      .where('assignee_id', '=', agentId)
      .where('status', 'in', ['new', 'in_progress', 'pending_requester', 'pending_third_party'])
      .orderBy('created_at')
      .limit(200)
      .execute();
    return rows.map((r) => ({
      id: r.id, number: r.number ?? r.provisional_number, title: r.title, status: r.status, priority: r.priority,
      assigneeId: r.assignee_id, organizationId: r.organization_id, createdAt: r.created_at, slaDueAt: r.sla_due_at,
    }));
  });
  const language = (): 'es' | 'en' => {
    try {
      return ctx.session.language;
    } catch {
      return 'es';
    }
  };
  registry.register('dashboard.report', (filters) =>
    localReport(ctx.db, filters, { timeZone: DESK_TIME_ZONE, now: ctx.clock.now().toISOString(), language: language() }),
  );
  registry.register('dashboard.exportReport', async ({ filters, format, language: lang }) => {
    if (format === 'csv') {
      const doc = await localReport(ctx.db, filters, { timeZone: DESK_TIME_ZONE, now: ctx.clock.now().toISOString(), language: lang });
      return { filename: `${reportFileBase(doc)}.csv`, mimeType: 'text/csv', base64: Buffer.from(reportCsv(doc), 'utf8').toString('base64') };
    }
    const query = new URLSearchParams({ from: filters.from, to: filters.to, lang, format: 'pdf' });
    if (filters.organizationId) query.set('org', filters.organizationId);
    if (filters.areaId) query.set('area', filters.areaId);
    if (filters.agentId) query.set('agent', filters.agentId);
    const res = await serverGet(ctx.db, ctx.serverAccess ?? null, `/api/reports/file?${query.toString()}`);
    const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? 'report.pdf';
    return { filename: name, mimeType: 'application/pdf', base64: Buffer.from(await res.arrayBuffer()).toString('base64') };
  });
  registry.register('dashboard.reportDeliveries', async () => {
    if (!ctx.serverAccess) return [];
    try {
      const res = await serverGet(ctx.db, ctx.serverAccess, '/api/reports/deliveries');
      return (await res.json()) as never;
    } catch {
      return [];
    }
  });
}
