/**
 * The CSV export of a report (RFC 4180, UTF-8 with BOM so spreadsheet programs read the accents; `;`
 * is not used: BI tools expect commas). Sections follow each other, each with its own header line:
 * KPIs (stable ids first, so tools key on them), per-agent table, SLA breaches.
 */
import type { KpiId } from '../kpi/index';
import { kpiLabel } from '../kpi/index';
import type { ReportDocument } from './report-document';
import { shownKpis } from './report-document';
import { reportTexts } from './report-texts';

export function csvField(value: string | number | null): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) || /^[=+\-@]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (fields: Array<string | number | null>): string => fields.map(csvField).join(',');

export function reportCsv(doc: ReportDocument): string {
  const t = reportTexts(doc.language);
  const name = (id: string | null): string => (id === null ? '' : (doc.names[id] ?? id));
  const lines: string[] = [];
  lines.push(line(['section', 'kpi_id', 'label', 'value', 'unit', 'sample_size', 'definition_id', 'previous', 'delta']));
  const deltas = new Map(doc.comparison.deltas.map((d) => [d.id, d]));
  for (const k of shownKpis(doc)) {
    const d = deltas.get(k.id as KpiId);
    lines.push(line(['kpi', k.id, kpiLabel(k.id, doc.language), k.value, k.unit, k.sampleSize, k.definitionId, d?.previous ?? null, d?.delta ?? null]));
  }
  lines.push('');
  lines.push(line(['section', 'agent_id', 'agent', 'open_load', 'handled', 'avg_handling_business_minutes', 'fcr_rate', 'csat', 'ratings', 'avg_documentation_minutes', 'calls_answered', 'avg_talk_seconds']));
  for (const a of doc.report.agents) {
    lines.push(line(['agent', a.agentId, name(a.agentId), a.openLoad, a.handled, a.avgHandlingBusinessMinutes, a.fcrRate, a.csat, a.ratings, a.avgDocumentationMinutes, a.callsAnswered, a.avgTalkSeconds]));
  }
  lines.push('');
  lines.push(line(['section', 'ticket', 'title', 'organization', 'priority', 'target', 'due_at', 'causes', 'detail']));
  for (const b of doc.breaches) {
    lines.push(line(['sla_breach', b.number, b.title, name(b.organizationId), b.priority, t.target[b.target], b.dueAt, b.causes.map((c) => t.cause[c]).join(' / '), b.detail]));
  }
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
