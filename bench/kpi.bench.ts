/**
 * `npm run bench -- kpi`: a month of 150 000 tickets and 50 000 calls (bench/kpi-data.ts, seed 42).
 *   kpi.month_sqlite      server loader (4 bulk queries) + computeAllKpis for the desk, SQLite file; median of 3
 *   kpi.month_postgres    the same on PostgreSQL (MESA_TEST_POSTGRES=postgres://… ; skipped without it), in a
 *                         scratch database `mesa_bench_kpi` created next to it and dropped afterwards
 *   kpi.dashboard_update  LiveKpis: one ticket changed → facts rebuilt → today, week and month recomputed,
 *                         for 200 agents with 20 000 open tickets (+ the month's finished ones); p95 of 40
 *   kpi.report_pdf        the monthly report of one organization: document + PDF rendering
 * Prints JSON lines; asserts nothing. MESA_BENCH_KPI_ONLY=dashboard,pdf,sqlite,postgres runs a subset.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import pg from 'pg';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { computeAllKpis, type KpiTicket } from '../src/shared/kpi/index';
import { LiveKpis } from '../src/shared/reports/live-kpis';
import { buildReportDocument } from '../src/shared/reports/report-document';
import { migrateServerDatabase } from '../src/server/db/migrate';
import { openPostgres, openSqlite, type DatabaseHandle } from '../src/server/db/open-database';
import { loadKpiSource } from '../src/server/reports/load-kpi-source';
import { renderReportPdf } from '../src/server/reports/render-report-pdf';
import { printDistribution, timeMs } from './bench-stats';
import { generateKpiBenchInput, KPI_BENCH_NOW, KPI_BENCH_PERIOD } from './kpi-data';
import { loadBenchMonth } from './kpi-db';

async function monthOnDb(
  name: string,
  open: () => DatabaseHandle,
  input: ReturnType<typeof generateKpiBenchInput>,
): Promise<void> {
  const handle = open();
  try {
    await migrateServerDatabase(handle.db);
    const loadStart = Date.now();
    await loadBenchMonth(handle.db, input);
    console.error(`[kpi] ${name}: loaded in ${Date.now() - loadStart} ms`);
    const samples: number[] = [];
    const cpu = process.cpuUsage();
    for (let i = 0; i < 3; i++) {
      samples.push(
        await timeMs(async () => {
          const source = await loadKpiSource(handle.db, {
            period: KPI_BENCH_PERIOD,
            now: KPI_BENCH_NOW,
            withPreviousMonth: false,
          });
          computeAllKpis(source.input, { period: KPI_BENCH_PERIOD });
        }),
      );
    }
    const used = process.cpuUsage(cpu);
    console.error(
      `[kpi] ${name}: this process's CPU ${Math.round((used.user + used.system) / 3000)} ms per run (wall p50 below)`,
    );
    printDistribution(name, samples);
  } finally {
    await handle.close();
  }
}

function dashboardUpdate(input: ReturnType<typeof generateKpiBenchInput>): void {
  const live = new LiveKpis(input.calendars);
  // 20 000 open tickets for 200 agents: the month's tickets with the first 20 000 forced open (no resolution).
  const tickets: KpiTicket[] = input.tickets.map((t, i) =>
    i < 20_000
      ? {
          ...t,
          status: 'in_progress',
          resolvedAt: null,
          closedAt: null,
          events: t.events.filter((e) => e.data.kind !== 'status_changed' || e.data.to === 'in_progress'),
          slaTargets: [],
        }
      : t,
  );
  for (const t of tickets.slice(0, 60_000)) live.put(t);
  const now = '2026-11-20T15:00:00Z';
  const periods = {
    today: { from: '2026-11-20', to: '2026-11-21', timeZone: 'America/Lima' },
    week: { from: '2026-11-16', to: '2026-11-23', timeZone: 'America/Lima' },
    month: KPI_BENCH_PERIOD,
  };
  const samples: number[] = [];
  const cpu = process.cpuUsage();
  for (let i = 0; i < 45; i++) {
    const changed = tickets[(i * 7919) % 20_000]!;
    const start = performance.now();
    live.put(changed);
    live.report(periods.today, now, input.calls);
    live.report(periods.week, now, input.calls);
    live.report(periods.month, now, input.calls);
    if (i >= 5) samples.push(performance.now() - start);
  }
  const used = process.cpuUsage(cpu);
  console.error(
    `[kpi] kpi.dashboard_update: CPU ${Math.round((used.user + used.system) / 45 / 100) / 10} ms per update (all 45)`,
  );
  printDistribution('kpi.dashboard_update', samples);
}

async function reportPdf(input: ReturnType<typeof generateKpiBenchInput>): Promise<void> {
  const samples: number[] = [];
  for (let i = 0; i < 3; i++) {
    samples.push(
      await timeMs(async () => {
        const doc = buildReportDocument(
          { input, meta: new Map(), history: new Map() },
          { period: KPI_BENCH_PERIOD, filters: { organizationIds: ['org-01'] }, language: 'es' },
        );
        await renderReportPdf(doc);
      }),
    );
  }
  printDistribution('kpi.report_pdf', samples);
}

/** A fresh database next to the admin URL's: the benchmark never writes into a database others use. */
async function scratchPostgres(adminUrl: string): Promise<{ url: string; drop(): Promise<void> }> {
  const name = 'mesa_bench_kpi';
  const admin = async (statement: string): Promise<void> => {
    const client = new pg.Client({ connectionString: adminUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin(`CREATE DATABASE ${name}`);
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), drop: () => admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`) };
}

export async function run(): Promise<void> {
  const only = process.env.MESA_BENCH_KPI_ONLY?.split(',') ?? null;
  const wants = (part: string): boolean => only === null || only.includes(part);
  const input = generateKpiBenchInput();
  if (wants('dashboard')) dashboardUpdate(input);
  if (wants('pdf')) await reportPdf(input);
  if (wants('sqlite')) {
    const dir = mkdtempSync(path.join(tmpdir(), 'mesa-kpi-bench-'));
    try {
      await monthOnDb('kpi.month_sqlite', () => openSqlite(path.join(dir, 'server.db')), input);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  if (!wants('postgres')) return;
  const pgUrl = process.env.MESA_TEST_POSTGRES;
  if (pgUrl) {
    const scratch = await scratchPostgres(pgUrl);
    try {
      await monthOnDb('kpi.month_postgres', () => openPostgres(scratch.url), input);
    } finally {
      await scratch.drop();
    }
  } else
    console.log(
      JSON.stringify({ name: 'kpi.month_postgres', skipped: 'set MESA_TEST_POSTGRES to a PostgreSQL URL' }),
    );
}
