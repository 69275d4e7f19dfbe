/**
 * The monthly report job (docs/kpis.md, Reports). On the first business day of each month, from
 * `runAtHour` in the desk's time zone, it generates last month's report for every active subscription
 * and queues the mails in the durable outbox. Idempotent per (month, subscription): the run row is the
 * claim, inserted before the work; a claim whose lease ran out (a crash mid-way) or a failed run is
 * retried, so a restart — or a server that was down that day — catches up without sending twice. The
 * clock is injected (tests drive it).
 */
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { DateTime } from 'luxon';
import { monthPeriod, firstBusinessDay } from '../../shared/reports/report-period';
import type { ServerDatabase } from '../db/schema';
import { generateReport } from './generate-report';
import { enqueueReportMails } from './report-mailer';
import { loadReportNames } from './report-scope';
import { listReportSubscriptions, type ReportSubscription } from './report-subscriptions';
import { reportsDb } from './report-tables';
import { fill, reportTexts } from '../../shared/reports/report-texts';

export interface ReportSchedulerOptions {
  db: Kysely<ServerDatabase>;
  now: () => number;
  timeZone: string;
  holidays?: readonly string[];
  /** Local hour of the first business day from which the job runs (default 6). */
  runAtHour?: number;
  pollMs?: number;
  messageIdDomain: string;
  /** Wakes the outbox worker after mails were queued. */
  onQueued?: () => void;
  log?: Pick<FastifyBaseLogger, 'info' | 'warn' | 'error'>;
  leaseMs?: number;
  maxAttempts?: number;
}

export interface RunOutcome {
  month: string;
  subscriptionId: string;
  status: 'queued' | 'failed' | 'skipped';
  outboxIds: string[];
}

export class ReportScheduler {
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<RunOutcome[]> | null = null;

  constructor(private readonly options: ReportSchedulerOptions) {}

  start(): void {
    this.timer = setInterval(() => void this.tick().catch(() => undefined), this.options.pollMs ?? 60_000);
    this.timer.unref();
    void this.tick().catch(() => undefined);
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.running?.catch(() => undefined);
  }

  /** The month whose report is due at this instant (`YYYY-MM`), or null before the run time. */
  dueMonth(nowMs: number = this.options.now()): string | null {
    const local = DateTime.fromMillis(nowMs, { zone: this.options.timeZone });
    const first = firstBusinessDay(local.year, local.month, this.options.timeZone, this.options.holidays);
    const today = local.toISODate() ?? '';
    if (today < first || (today === first && local.hour < (this.options.runAtHour ?? 6))) return null;
    return local.minus({ months: 1 }).toFormat('yyyy-MM');
  }

  /** One check (coalesced): runs the due month if any subscription has not been served. */
  tick(): Promise<RunOutcome[]> {
    if (this.running) return this.running;
    const run = (async () => {
      await Promise.resolve();
      const month = this.dueMonth();
      return month === null ? [] : this.runMonth(month);
    })();
    this.running = run;
    void run.finally(() => {
      if (this.running === run) this.running = null;
    }).catch(() => undefined);
    return run;
  }

  /** Every active subscription of a month; `force` re-sends even those already queued (on demand). */
  async runMonth(month: string, force = false, only?: string): Promise<RunOutcome[]> {
    const subscriptions = (await listReportSubscriptions(this.options.db, true)).filter((s) => !only || s.id === only);
    const outcomes: RunOutcome[] = [];
    for (const subscription of subscriptions) outcomes.push(await this.runOne(month, subscription, force));
    if (outcomes.some((o) => o.status === 'queued')) this.options.onQueued?.();
    return outcomes;
  }

  private async claim(month: string, subscriptionId: string, force: boolean): Promise<boolean> {
    const db = reportsDb(this.options.db);
    const nowIso = new Date(this.options.now()).toISOString();
    const until = new Date(this.options.now() + (this.options.leaseMs ?? 10 * 60_000)).toISOString();
    const inserted = await db
      .insertInto('report_runs')
      .values({ month, subscription_id: subscriptionId, status: 'claimed', attempts: 1, claimed_until: until, outbox_ids_json: '[]', last_error: null, created_at: nowIso, updated_at: nowIso })
      .onConflict((oc) => oc.columns(['month', 'subscription_id']).doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 1) return true;
    const retry = await db
      .updateTable('report_runs')
      .set((eb) => ({ status: 'claimed', claimed_until: until, updated_at: nowIso, attempts: eb('attempts', '+', 1) }))
      .where('month', '=', month)
      .where('subscription_id', '=', subscriptionId)
      .where((eb) =>
        force
          ? eb.or([eb('status', '<>', 'claimed'), eb('claimed_until', '<', nowIso)])
          : eb.or([
              eb.and([eb('status', '=', 'claimed'), eb('claimed_until', '<', nowIso)]),
              eb.and([eb('status', '=', 'failed'), eb('attempts', '<', this.options.maxAttempts ?? 5)]),
            ]),
      )
      .executeTakeFirst();
    return Number(retry.numUpdatedRows) === 1;
  }

  private async runOne(month: string, subscription: ReportSubscription, force: boolean): Promise<RunOutcome> {
    const base = { month, subscriptionId: subscription.id };
    if (!(await this.claim(month, subscription.id, force))) return { ...base, status: 'skipped', outboxIds: [] };
    const db = reportsDb(this.options.db);
    try {
      const nowIso = new Date(this.options.now()).toISOString();
      const report = await generateReport(this.options.db, {
        period: monthPeriod(month, this.options.timeZone),
        organizationId: subscription.organizationId,
        language: subscription.language,
        indicators: subscription.indicators,
        now: nowIso,
      });
      const names = await loadReportNames(this.options.db, subscription.language);
      const t = reportTexts(subscription.language);
      const scopeName =
        subscription.organizationId === null ? t.deskScope : fill(t.organizationScope, { name: names[subscription.organizationId] ?? subscription.organizationId });
      const outboxIds = await this.options.db.transaction().execute(async (trx) => {
        const ids = await enqueueReportMails(trx, report, subscription.recipients, scopeName, {
          messageIdDomain: this.options.messageIdDomain,
          nowIso,
        });
        await reportsDb(trx)
          .updateTable('report_runs')
          .set({ status: 'queued', claimed_until: null, outbox_ids_json: JSON.stringify(ids), last_error: null, updated_at: nowIso })
          .where('month', '=', month)
          .where('subscription_id', '=', subscription.id)
          .execute();
        return ids;
      });
      this.options.log?.info({ month, subscription: subscription.id, mails: outboxIds.length }, 'kpi report queued');
      return { ...base, status: 'queued', outboxIds };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      await db
        .updateTable('report_runs')
        .set({ status: 'failed', claimed_until: null, last_error: message.slice(0, 1000), updated_at: new Date(this.options.now()).toISOString() })
        .where('month', '=', month)
        .where('subscription_id', '=', subscription.id)
        .execute();
      this.options.log?.error({ month, subscription: subscription.id, err: message }, 'kpi report failed');
      return { ...base, status: 'failed', outboxIds: [] };
    }
  }
}
