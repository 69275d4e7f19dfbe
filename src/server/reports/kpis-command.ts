/**
 * `npm run server -- kpis --from YYYY-MM-DD --to YYYY-MM-DD [--org ID] [--agent ID] [--tz ZONE] --json`:
 * every KPI of the period as JSON for scripts and BI tools (stable ids, value, unit, sample size,
 * definition id), computed by the same library and loader as the reports. `--to` is inclusive.
 */
import type { Kysely } from 'kysely';
import { computeAllKpis, kpiLabel } from '../../shared/kpi/index';
import { en, flattenCatalog } from '../../shared/i18n/index';
import { isMesaError } from '../../shared/errors';
import { formatKpiValue } from '../../shared/reports/format-kpi';
import { reportPeriod } from '../../shared/reports/report-period';
import { fill } from '../../shared/reports/report-texts';
import type { ServerDatabase } from '../db/schema';
import { loadKpiSource } from './load-kpi-source';
import { assertReportTarget } from './report-scope';

export interface KpisCommandArgs {
  from?: string;
  to?: string;
  org?: string;
  agent?: string;
  tz?: string;
  json?: boolean;
  now?: string;
}

export async function kpisCommand(db: Kysely<ServerDatabase>, args: KpisCommandArgs): Promise<string> {
  if (!args.from || !args.to) throw new Error('kpis needs --from YYYY-MM-DD and --to YYYY-MM-DD');
  try {
    const period = reportPeriod(args.from, args.to, args.tz ?? process.env.MESA_DESK_TIME_ZONE ?? 'America/Lima');
    const organizationIds = args.org ? [args.org] : undefined;
    const agentIds = args.agent ? [args.agent] : undefined;
    await assertReportTarget(db, { organizationIds, agentIds }, null);
    const now = args.now ?? new Date().toISOString();
    const source = await loadKpiSource(db, { period, organizationIds, now, withPreviousMonth: false });
    const report = computeAllKpis(source.input, { period, organizationIds, agentIds });
    if (args.json) return `${JSON.stringify({ version: report.version, generatedAt: report.generatedAt, period: report.period, filters: report.filters, options: report.options, kpis: report.kpis, agents: report.agents, totals: report.totals }, null, 2)}\n`;
    return `${report.kpis.map((k) => `${k.id.padEnd(34)} ${formatKpiValue(k.value, k.unit, 'en').padStart(16)}  n=${k.sampleSize}  ${kpiLabel(k.id, 'en')}`).join('\n')}\n`;
  } catch (error) {
    if (isMesaError(error)) {
      const message = flattenCatalog(en)[`errors.${error.code}`] ?? error.code;
      throw new Error(fill(message, Object.fromEntries(Object.entries(error.params).map(([k, v]) => [k, String(v)]))), { cause: error });
    }
    throw error;
  }
}
