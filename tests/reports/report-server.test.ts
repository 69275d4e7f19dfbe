import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KPI_IDS } from '../../src/shared/kpi/index';
import type { ReportDocument } from '../../src/shared/reports/report-document';
import { kpisCommand } from '../../src/server/reports/kpis-command';
import { login } from '../server/helpers/test-server';
import { dialects } from '../server/helpers/test-dialects';
import { MONTH, startReportDesk, type ReportDesk } from './helpers/report-desk';
import { coloredPixels, readPpm } from './helpers/ppm';

describe.each(dialects)('KPI reports on $name', (dialect) => {
  let desk: ReportDesk;
  let sofia: string;
  beforeAll(async () => {
    desk = await startReportDesk(dialect);
    sofia = await login(desk.server.app, 'sofia');
  }, 120_000);
  afterAll(() => desk.close());

  const get = (url: string, token = sofia) =>
    desk.server.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}` } });

  it('an organization report holds only that organization’s tickets', async () => {
    const res = await get(`/api/reports/kpis?from=${MONTH.from}&to=${MONTH.to}&org=org-acme&lang=es`);
    expect(res.statusCode).toBe(200);
    const doc = res.json() as ReportDocument;
    expect(doc.report.kpis.map((k) => k.id)).toEqual(KPI_IDS);
    expect(doc.report.kpis.find((k) => k.id === 'tickets.opened')?.value).toBe(desk.ticketIds.acme.length);
    expect(doc.report.totals.perOrganization.map((r) => r.key)).toEqual(['org-acme']);
    const acme = new Set(desk.ticketIds.acme);
    expect(doc.breaches.length).toBeGreaterThan(0);
    for (const b of doc.breaches) {
      expect(acme.has(b.ticketId)).toBe(true);
      expect(b.causes).toContain('escalated');
    }
    const globexTitles = JSON.stringify(doc).includes('Globex: incident');
    expect(globexTitles).toBe(false);
    // The desk report sums both organizations.
    const all = (await get(`/api/reports/kpis?from=${MONTH.from}&to=${MONTH.to}`)).json() as ReportDocument;
    expect(all.report.totals.opened).toBe(desk.ticketIds.acme.length + desk.ticketIds.globex.length);
  });

  it('refuses impossible periods, unknown organizations, agents outside the scope and non-supervisors', async () => {
    const bad = await get('/api/reports/kpis?from=2026-02-30&to=2026-03-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: 'report.bad_period', params: { field: 'from' } });
    expect((await get('/api/reports/kpis?from=2026-11-30&to=2026-11-01')).json()).toMatchObject({ code: 'report.bad_period' });
    expect((await get('/api/reports/kpis?from=2026-11-01&to=2026-11-30&org=org-nope')).json()).toMatchObject({
      code: 'report.unknown_organization',
      params: { organizationId: 'org-nope' },
    });
    await desk.server.database.db.insertInto('agent_groups').values({ agent_id: 'a-sofia', group_id: 'g-n1' }).execute();
    try {
      const out = await get('/api/reports/kpis?from=2026-11-01&to=2026-11-30&agent=a-marco');
      expect(out.json()).toMatchObject({ code: 'report.agent_out_of_scope', params: { agentId: 'a-marco' } });
      expect((await get('/api/reports/kpis?from=2026-11-01&to=2026-11-30&agent=a-lucia')).statusCode).toBe(200);
    } finally {
      await desk.server.database.db.deleteFrom('agent_groups').where('agent_id', '=', 'a-sofia').execute();
    }
    const lucia = await login(desk.server.app, 'lucia');
    expect((await get('/api/reports/kpis?from=2026-11-01&to=2026-11-30', lucia)).statusCode).toBe(403);
  });

  it('renders the PDF with its pages and drawn charts (pdftoppm), and a parseable CSV', async () => {
    const res = await get(`/api/reports/file?from=${MONTH.from}&to=${MONTH.to}&org=org-acme&lang=en&format=pdf`);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    const pdf = res.rawPayload;
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const dir = mkdtempSync(path.join(tmpdir(), 'mesa-report-'));
    writeFileSync(path.join(dir, 'report.pdf'), pdf);
    execFileSync('pdftoppm', ['-r', '50', path.join(dir, 'report.pdf'), path.join(dir, 'page')]);
    const pages = readdirSync(dir).filter((f) => f.endsWith('.ppm')).sort();
    expect(pages.length).toBeGreaterThanOrEqual(4);
    const charts = readPpm(readFileSync(path.join(dir, pages[1]!)));
    const cover = readPpm(readFileSync(path.join(dir, pages[0]!)));
    // The charts page is mostly coloured bars; a blank or text-only page has almost no saturated pixels.
    expect(coloredPixels(charts, { top: 0.1, bottom: 0.6 })).toBeGreaterThan(1500);
    expect(coloredPixels(cover, { top: 0.2, bottom: 0.9 })).toBeLessThan(coloredPixels(charts, { top: 0.1, bottom: 0.6 }));
    if (process.env.MESA_REPORT_PNG_DIR) {
      execFileSync('pdftoppm', ['-png', '-r', '70', path.join(dir, 'report.pdf'), path.join(process.env.MESA_REPORT_PNG_DIR, `report-${dialect.name}`)]);
    }
    const csv = await get(`/api/reports/file?from=${MONTH.from}&to=${MONTH.to}&org=org-acme&lang=es&format=csv`);
    const lines = csv.body.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('section,kpi_id,label,value,unit,sample_size,definition_id,previous,delta');
    expect(lines.filter((l) => l.startsWith('kpi,')).length).toBe(KPI_IDS.length);
    expect(lines.some((l) => l.startsWith('sla_breach,'))).toBe(true);
  });

  it('prints every KPI as JSON for BI tools (kpis command)', async () => {
    const out = JSON.parse(
      await kpisCommand(desk.server.database.db, { from: MONTH.from, to: MONTH.to, org: 'org-globex', json: true, now: '2026-12-01T15:00:00Z' }),
    ) as { kpis: Array<{ id: string; value: number | null; unit: string; sampleSize: number; definitionId: string }> };
    expect(out.kpis.map((k) => k.id)).toEqual(KPI_IDS);
    expect(out.kpis[0]).toEqual({ id: 'tickets.opened', value: desk.ticketIds.globex.length, unit: 'count', sampleSize: desk.ticketIds.globex.length, definitionId: 'tickets_opened' });
    await expect(kpisCommand(desk.server.database.db, { from: '2026-13-01', to: '2026-12-31', json: true })).rejects.toThrow(/period is not valid/);
    await expect(kpisCommand(desk.server.database.db, { from: MONTH.from, to: MONTH.to, agent: 'nobody' })).rejects.toThrow(/no agent nobody/);
  });
});
