/**
 * One report end to end: load the period (scoped to the organization in SQL), compute with the shared
 * KPI library, render PDF and CSV. The scheduler, the REST routes and the benchmark call this.
 */
import type { Kysely } from 'kysely';
import type { Language } from '../../shared/domain/localized-text';
import type { KpiId, KpiPeriod } from '../../shared/kpi/index';
import { reportCsv } from '../../shared/reports/report-csv';
import { buildReportDocument, type ReportDocument } from '../../shared/reports/report-document';
import type { ServerDatabase } from '../db/schema';
import { loadKpiSource } from './load-kpi-source';
import { renderReportPdf } from './render-report-pdf';
import { loadReportNames } from './report-scope';

export interface GenerateReportRequest {
  period: KpiPeriod;
  organizationId: string | null;
  areaIds?: string[];
  agentIds?: string[];
  language: Language;
  indicators?: KpiId[] | null;
  now: string;
}

export async function buildServerReport(db: Kysely<ServerDatabase>, request: GenerateReportRequest): Promise<ReportDocument> {
  const organizationIds = request.organizationId === null ? undefined : [request.organizationId];
  const [source, names] = await Promise.all([
    loadKpiSource(db, { period: request.period, organizationIds, now: request.now }),
    loadReportNames(db, request.language),
  ]);
  return buildReportDocument(source, {
    period: request.period,
    filters: { organizationIds, areaIds: request.areaIds, agentIds: request.agentIds },
    language: request.language,
    indicators: request.indicators ?? null,
    names,
  });
}

export interface GeneratedReport {
  document: ReportDocument;
  pdf: Buffer;
  csv: string;
}

export async function generateReport(db: Kysely<ServerDatabase>, request: GenerateReportRequest): Promise<GeneratedReport> {
  const document = await buildServerReport(db, request);
  return { document, pdf: await renderReportPdf(document), csv: reportCsv(document) };
}

export { reportFileBase } from '../../shared/reports/report-file';
