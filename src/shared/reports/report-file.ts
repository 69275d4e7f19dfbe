import type { ReportDocument } from './report-document';

/** `kpi-2026-11-org-acme-es`: the file name of a report's PDF/CSV (server mails and desktop exports). */
export function reportFileBase(document: ReportDocument): string {
  const scope = document.organizationId === null ? 'mesa' : document.organizationId.replace(/[^A-Za-z0-9_-]/g, '_');
  return `kpi-${document.period.from.slice(0, 7)}-${scope}-${document.language}`;
}
