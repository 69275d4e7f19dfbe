/**
 * REST for reports (supervisors and admins; docs/kpis.md, Reports):
 *   GET  /api/reports/kpis?from&to[&org][&area][&agent][&lang]         the report document (JSON)
 *   GET  /api/reports/file?from&to&format=pdf|csv[&org][&area][&agent][&lang]  a download
 *   POST /api/reports/runs {month, subscriptionId?}                     regenerate a past month and send again
 *   GET  /api/reports/deliveries                                        runs and their mails (failures shown in the dashboard)
 *   GET  /api/reports/subscriptions, PUT /api/reports/subscriptions    the contracts' recipients and indicators
 * `from`/`to` are local dates in the desk's time zone, `to` inclusive.
 */
import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { LanguageSchema } from '../../shared/domain/localized-text';
import { reportCsv } from '../../shared/reports/report-csv';
import { reportPeriod } from '../../shared/reports/report-period';
import { isMesaError } from '../../shared/errors';
import type { AppContext } from '../app-context';
import { requireUser } from '../http/authenticate';
import { HttpError } from '../http/http-error';
import { parseInput } from '../http/parse-input';
import { buildServerReport, reportFileBase } from './generate-report';
import { renderReportPdf } from './render-report-pdf';
import { assertReportTarget } from './report-scope';
import { listReportSubscriptions, ReportSubscriptionInputSchema, saveReportSubscription } from './report-subscriptions';
import type { ReportsService } from './reports-service';
import { readDeliveries } from './report-deliveries';

const list = z
  .union([z.string().min(1).max(100), z.array(z.string().min(1).max(100)).max(50)])
  .optional()
  .transform((v) => (v === undefined ? undefined : Array.isArray(v) ? v : [v]));

const QuerySchema = z.strictObject({
  from: z.string().max(20),
  to: z.string().max(20),
  org: list,
  area: list,
  agent: list,
  lang: LanguageSchema.default('es'),
  format: z.enum(['pdf', 'csv']).optional(),
});

/** MesaErrors of the report rules become 400 answers with their code (translated by the client). */
async function refusing<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (isMesaError(error)) throw new HttpError(400, error.code, error.params, error.fieldErrors);
    throw error;
  }
}

export function registerReportRoutes(app: FastifyInstance, ctx: AppContext, service: ReportsService): void {
  const db = ctx.database.db;
  const documentFor = async (query: z.infer<typeof QuerySchema>, user: ReturnType<typeof requireUser>) =>
    refusing(async () => {
      const period = reportPeriod(query.from, query.to, service.timeZone);
      await assertReportTarget(db, { organizationIds: query.org, areaIds: query.area, agentIds: query.agent }, user);
      if ((query.org?.length ?? 0) > 1) throw new HttpError(400, 'http.invalid_body', { reason: 'one organization per report' });
      return buildServerReport(db, {
        period,
        organizationId: query.org?.[0] ?? null,
        areaIds: query.area,
        agentIds: query.agent,
        language: query.lang,
        now: new Date(ctx.now()).toISOString(),
      });
    });

  app.get('/api/reports/kpis', { preHandler: ctx.authenticate }, async (request) => {
    const user = requireUser(request);
    return documentFor(parseInput(QuerySchema, request.query), user);
  });

  app.get('/api/reports/file', { preHandler: ctx.authenticate }, async (request, reply) => {
    const user = requireUser(request);
    const query = parseInput(QuerySchema, request.query);
    const document = await documentFor(query, user);
    const base = reportFileBase(document);
    if (query.format === 'csv') {
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${base}.csv"`)
        .send(reportCsv(document));
    }
    const pdf = await renderReportPdf(document);
    return reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="${base}.pdf"`).send(pdf);
  });

  app.post('/api/reports/runs', { preHandler: ctx.authenticate }, async (request) => {
    const user = requireUser(request);
    if (user.role !== 'supervisor' && user.role !== 'admin') throw new HttpError(403, 'auth.forbidden');
    const body = parseInput(
      z.strictObject({ month: z.string().regex(/^\d{4}-\d{2}$/), subscriptionId: z.string().min(1).max(100).optional() }),
      request.body,
    );
    const current = new Date(ctx.now()).toISOString().slice(0, 7);
    if (body.month >= current) throw new HttpError(400, 'report.bad_period', { field: 'month', value: body.month });
    return refusing(async () => ({ runs: await service.scheduler.runMonth(body.month, true, body.subscriptionId) }));
  });

  app.get('/api/reports/deliveries', { preHandler: ctx.authenticate }, async (request) => {
    const user = requireUser(request);
    if (user.role !== 'supervisor' && user.role !== 'admin') throw new HttpError(403, 'auth.forbidden');
    return readDeliveries(db);
  });

  app.get('/api/reports/subscriptions', { preHandler: ctx.authenticate }, async (request) => {
    const user = requireUser(request);
    if (user.role !== 'supervisor' && user.role !== 'admin') throw new HttpError(403, 'auth.forbidden');
    return listReportSubscriptions(db);
  });

  app.put('/api/reports/subscriptions', { preHandler: ctx.authenticate }, async (request) => {
    const user = requireUser(request);
    if (user.role !== 'admin' && user.role !== 'supervisor') throw new HttpError(403, 'auth.forbidden');
    const input = parseInput(ReportSubscriptionInputSchema, request.body);
    if (input.organizationId) await refusing(() => assertReportTarget(db, { organizationIds: [input.organizationId!] }, user));
    return saveReportSubscription(db, input, new Date(ctx.now()).toISOString());
  });
}
