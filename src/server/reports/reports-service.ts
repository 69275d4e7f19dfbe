/**
 * The reports feature of a running server: routes plus the monthly scheduler (docs/kpis.md, Reports).
 * Mails are queued in the email channel's outbox; whoever runs the outbox worker sends them.
 */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context';
import { registerReportRoutes } from './report-routes';
import { ReportScheduler } from './report-scheduler';

export interface ReportsOptions {
  /** The desk's time zone: report periods and the first business day are local to it. */
  timeZone: string;
  holidays?: string[];
  /** Start the monthly job (off in tests that drive it by hand). */
  schedule?: boolean;
  runAtHour?: number;
  pollMs?: number;
  messageIdDomain?: string;
  onQueued?: () => void;
}

export const DEFAULT_REPORTS_OPTIONS: ReportsOptions = { timeZone: 'America/Lima', schedule: false };

export interface ReportsService {
  timeZone: string;
  scheduler: ReportScheduler;
}

export function startReports(app: FastifyInstance, ctx: AppContext, options: ReportsOptions): ReportsService {
  const scheduler = new ReportScheduler({
    db: ctx.database.db,
    now: ctx.now,
    timeZone: options.timeZone,
    holidays: options.holidays,
    runAtHour: options.runAtHour,
    pollMs: options.pollMs,
    messageIdDomain: options.messageIdDomain ?? 'mesa.local',
    onQueued: options.onQueued,
    log: app.log,
  });
  const service: ReportsService = { timeZone: options.timeZone, scheduler };
  registerReportRoutes(app, ctx, service);
  if (options.schedule) {
    scheduler.start();
    app.addHook('onClose', () => scheduler.stop());
  }
  return service;
}

export function reportsOptionsFromEnv(env: NodeJS.ProcessEnv): ReportsOptions {
  return {
    timeZone: env.MESA_DESK_TIME_ZONE ?? DEFAULT_REPORTS_OPTIONS.timeZone,
    holidays: env.MESA_REPORT_HOLIDAYS?.split(',').map((d) => d.trim()).filter(Boolean),
    schedule: env.MESA_REPORTS_SCHEDULE !== '0',
    messageIdDomain: env.MESA_MAIL_DOMAIN,
  };
}
