/**
 * The monthly report as PDF (pdfkit): cover with every agreed KPI and its month-over-month change,
 * a page of charts, totals, the per-agent table, the SLA breaches with their causes, the continuous
 * improvement section and the written definitions, in the recipient's language.
 */
import { KPI_CATALOG, kpiDefinition, kpiLabel, type KpiDefinitionId } from '../../shared/kpi/index';
import { CHANNELS, TICKET_STATUSES } from '../../shared/domain/ticket-enums';
import { resources } from '../../shared/i18n/index';
import { formatDelta, formatKpiValue, formatNumber } from '../../shared/reports/format-kpi';
import type { ReportDocument } from '../../shared/reports/report-document';
import { shownKpis } from '../../shared/reports/report-document';
import { fill, reportTexts } from '../../shared/reports/report-texts';
import { horizontalBars, stackedBars } from './pdf-charts';
import {
  arrow, CONTENT_WIDTH, createPdf, footers, heading, INK, MUTED, PAGE, table, toBuffer, type Pdf,
} from './pdf-kit';

const GOOD = '#16a34a';
const BAD = '#dc2626';

export async function renderReportPdf(doc: ReportDocument): Promise<Buffer> {
  const t = reportTexts(doc.language);
  const catalog = resources[doc.language].translation;
  const scope = doc.organizationId === null ? t.deskScope : fill(t.organizationScope, { name: doc.names[doc.organizationId] ?? doc.organizationId });
  const pdf = createPdf(`${t.title} — ${scope}`, doc.language);
  cover(pdf, doc, scope);
  charts(pdf, doc, catalog.status, catalog.channel);
  totalsAndAgents(pdf, doc);
  breaches(pdf, doc);
  improvement(pdf, doc);
  definitions(pdf, doc);
  footers(pdf, `${t.title} · ${scope} · ${doc.period.from.slice(0, 7)}`, (page, pages) => fill(t.page, { page, pages }));
  return toBuffer(pdf);
}

function lastDay(doc: ReportDocument): string {
  const d = new Date(`${doc.period.to}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - 1);
  return d.toISOString().slice(0, 10);
}

function cover(pdf: Pdf, doc: ReportDocument, scope: string): void {
  const t = reportTexts(doc.language);
  pdf.rect(0, 0, PAGE.width, 96).fill('#1e3a8a');
  pdf.font('Helvetica-Bold').fontSize(22).fillColor('#ffffff').text(t.title, PAGE.margin, 30, { width: CONTENT_WIDTH });
  pdf.font('Helvetica').fontSize(11).text(scope, PAGE.margin, 60, { width: CONTENT_WIDTH });
  pdf.fillColor(MUTED).fontSize(9);
  pdf.text(fill(t.period, { from: doc.period.from, to: lastDay(doc) }), PAGE.margin, 110);
  pdf.text(fill(t.generatedAt, { at: doc.generatedAt.replace('T', ' ').slice(0, 16) + ' UTC' }));
  heading(pdf, t.sections.kpis);
  const deltas = new Map(doc.comparison.deltas.map((d) => [d.id, d]));
  const columns = [
    { label: t.columns.kpi, width: 215 },
    { label: t.columns.value, width: 80, align: 'right' as const },
    { label: t.columns.previous, width: 80, align: 'right' as const },
    { label: t.columns.change, width: 80, align: 'right' as const },
    { label: t.columns.sample, width: CONTENT_WIDTH - 455, align: 'right' as const },
  ];
  const rows = shownKpis(doc).map((k) => {
    const d = deltas.get(k.id);
    return [
      kpiLabel(k.id, doc.language),
      formatKpiValue(k.value, k.unit, doc.language),
      formatKpiValue(d?.previous ?? null, k.unit, doc.language),
      formatDelta(d?.delta ?? null, k.unit, doc.language),
      formatNumber(k.sampleSize, doc.language, 0),
    ];
  });
  const startY = pdf.y;
  table(pdf, columns, rows);
  // Arrows beside the change column, coloured by assessment (drawn on the first page's rows only when
  // the table did not break, which the cover layout guarantees for up to 38 KPIs).
  if (pdf.bufferedPageRange().count === 1) {
    shownKpis(doc).forEach((k, i) => {
      const d = deltas.get(k.id);
      if (!d) return;
      const color = d.assessment === 'better' ? GOOD : d.assessment === 'worse' ? BAD : MUTED;
      arrow(pdf, PAGE.margin + 215 + 160 + 4, startY + 14 * (i + 1) + 2, d.direction, color);
    });
  }
}

function charts(pdf: Pdf, doc: ReportDocument, statusNames: Record<string, string>, channelNames: Record<string, string>): void {
  const t = reportTexts(doc.language);
  pdf.addPage();
  heading(pdf, t.sections.charts);
  const top = pdf.y;
  stackedBars(
    pdf,
    { x: PAGE.margin, y: top, width: CONTENT_WIDTH, height: 220 },
    t.charts.volume,
    doc.dailyVolume.map((d) => d.date.slice(8)),
    CHANNELS.map((c) => ({ name: channelNames[c] ?? c, values: doc.dailyVolume.map((d) => d.byChannel[c]) })),
  );
  const half = (CONTENT_WIDTH - 20) / 2;
  const y2 = top + 240;
  const byStatus = doc.report.totals.byStatus;
  horizontalBars(
    pdf,
    { x: PAGE.margin, y: y2, width: half, height: 130 },
    t.charts.status,
    TICKET_STATUSES.map((s) => ({ label: statusNames[s] ?? s, value: byStatus[s], text: String(byStatus[s]) })),
  );
  const sla = doc.report.kpis.filter((k) => k.id.startsWith('sla.'));
  horizontalBars(
    pdf,
    { x: PAGE.margin + half + 20, y: y2, width: half, height: 130 },
    t.charts.compliance,
    sla.map((k) => ({ label: kpiLabel(k.id, doc.language), value: k.value, text: formatKpiValue(k.value, 'percent', doc.language) })),
    100,
  );
  const agents = [...doc.report.agents].sort((a, b) => b.handled - a.handled).slice(0, 12);
  horizontalBars(
    pdf,
    { x: PAGE.margin, y: y2 + 150, width: CONTENT_WIDTH, height: 20 + agents.length * 16 },
    t.charts.agents,
    agents.map((a) => ({ label: doc.names[a.agentId] ?? a.agentId, value: a.handled, text: String(a.handled) })),
  );
  pdf.y = y2 + 150 + 24 + agents.length * 16;
  pdf.x = PAGE.margin;
}

function totalsAndAgents(pdf: Pdf, doc: ReportDocument): void {
  const t = reportTexts(doc.language);
  const name = (id: string | null): string => (id === null ? '—' : (doc.names[id] ?? id));
  pdf.addPage();
  heading(pdf, t.sections.totals);
  const totals = doc.report.totals;
  const rowsOf = (list: typeof totals.perOrganization) => list.map((r) => [name(r.key), String(r.opened), String(r.resolved), String(r.pending)]);
  const cols = (first: string) => [
    { label: first, width: CONTENT_WIDTH - 210 },
    { label: t.columns.opened, width: 70, align: 'right' as const },
    { label: t.columns.resolved, width: 70, align: 'right' as const },
    { label: t.columns.pending, width: 70, align: 'right' as const },
  ];
  table(pdf, cols(t.columns.organization), [...rowsOf(totals.perOrganization), [t.deskScope, String(totals.opened), String(totals.resolved), String(totals.pending)]]);
  if (totals.perArea.length > 0) table(pdf, cols(reportTexts(doc.language).area), rowsOf(totals.perArea));
  heading(pdf, t.sections.agents);
  const pct = (v: number | null): string => (v === null ? '—' : formatNumber(v, doc.language));
  table(
    pdf,
    [
      { label: t.columns.agent, width: 130 },
      { label: t.columns.openLoad, width: 45, align: 'right' },
      { label: t.columns.handled, width: 55, align: 'right' },
      { label: t.columns.avgHandling, width: 85, align: 'right' },
      { label: t.columns.fcr, width: 45, align: 'right' },
      { label: t.columns.csat, width: 45, align: 'right' },
      { label: t.columns.documentation, width: 55, align: 'right' },
      { label: t.columns.calls, width: CONTENT_WIDTH - 460, align: 'right' },
    ],
    doc.report.agents.map((a) => [
      name(a.agentId), String(a.openLoad), String(a.handled), pct(a.avgHandlingBusinessMinutes), pct(a.fcrRate), pct(a.csat),
      pct(a.avgDocumentationMinutes), String(a.callsAnswered),
    ]),
  );
}

function breaches(pdf: Pdf, doc: ReportDocument): void {
  const t = reportTexts(doc.language);
  heading(pdf, t.sections.breaches);
  if (doc.breaches.length === 0) {
    pdf.font('Helvetica').fontSize(9).fillColor(MUTED).text(t.noBreaches);
    return;
  }
  table(
    pdf,
    [
      { label: t.columns.ticket, width: 62 },
      { label: t.columns.title, width: 140 },
      { label: t.columns.priority, width: 38 },
      { label: t.columns.target, width: 80 },
      { label: t.columns.dueAt, width: 72 },
      { label: t.columns.causes, width: CONTENT_WIDTH - 392 },
    ],
    doc.breaches.map((b) => [
      b.number, b.title, b.priority, t.target[b.target], b.dueAt.replace('T', ' ').slice(0, 16),
      b.causes.map((c) => t.cause[c]).join(', ') + (b.detail ? ` — ${b.detail}` : ''),
    ]),
    7,
  );
}

function improvement(pdf: Pdf, doc: ReportDocument): void {
  const t = reportTexts(doc.language);
  heading(pdf, t.sections.improvement);
  pdf.font('Helvetica-Bold').fontSize(9).fillColor(INK).text(t.movers);
  pdf.moveDown(0.3);
  for (const d of doc.comparison.biggestMovers) {
    const y = pdf.y;
    arrow(pdf, PAGE.margin, y + 1, d.direction, d.assessment === 'better' ? GOOD : BAD);
    pdf.font('Helvetica').fontSize(9).fillColor(INK).text(
      `${kpiLabel(d.id, doc.language)}: ${formatKpiValue(d.previous, d.unit, doc.language)} → ${formatKpiValue(d.current, d.unit, doc.language)} (${t.assessment[d.assessment]})`.replace('→', '>'),
      PAGE.margin + 14,
      y,
    );
  }
  pdf.moveDown(0.6).font('Helvetica-Bold').fontSize(9).text(t.repeated, PAGE.margin);
  pdf.moveDown(0.3);
  const repeated = doc.report.repeatedIncidentCategories;
  if (repeated.length === 0) pdf.font('Helvetica').fillColor(MUTED).text(t.noRepeated);
  else
    table(
      pdf,
      [
        { label: t.columns.category, width: CONTENT_WIDTH - 160 },
        { label: t.columns.repeated, width: 80, align: 'right' },
        { label: t.columns.incidents, width: 80, align: 'right' },
      ],
      repeated.map((r) => [r.categoryId === null ? t.uncategorized : (doc.names[r.categoryId] ?? r.categoryId), String(r.repeated), String(r.incidents)]),
    );
}

function definitions(pdf: Pdf, doc: ReportDocument): void {
  const t = reportTexts(doc.language);
  heading(pdf, t.sections.definitions);
  const seen = new Set<KpiDefinitionId>();
  for (const k of shownKpis(doc)) {
    const id = KPI_CATALOG[k.id].definitionId;
    if (seen.has(id)) continue;
    seen.add(id);
    const def = kpiDefinition(id, doc.language);
    if (!def) continue;
    pdf.x = PAGE.margin;
    pdf.font('Helvetica-Bold').fontSize(8).fillColor(INK).text(def.name, { continued: false });
    pdf.font('Helvetica').fontSize(7.5).fillColor(MUTED).text(def.definition, { width: CONTENT_WIDTH });
    pdf.moveDown(0.3);
  }
}
