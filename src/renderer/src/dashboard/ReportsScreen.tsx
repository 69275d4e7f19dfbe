import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fill, useTexts } from './use-texts';
import type { ApiClient } from '../../../shared/api/client';
import type { ReportFiltersInput } from '../../../shared/api/dashboard-contract';
import { kpiLabel, type KpiId } from '../../../shared/kpi/index';
import { formatDelta, formatKpiValue } from '../../../shared/reports/format-kpi';
import type { ReportDocument } from '../../../shared/reports/report-document';
import { translateError } from '../i18n/translate-error';
import { toUiError } from '../store/ui-error';
import { KpiInfo } from './KpiInfo';
import { lang } from './format';

function monthBounds(now: Date): { from: string; to: string } {
  const y = now.getUTCFullYear();
  const m = now.getUTCMonth();
  const first = new Date(Date.UTC(y, m - 1, 1));
  const last = new Date(Date.UTC(y, m, 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

/** Period / organization / area / agent filters, a preview of every KPI and CSV/PDF export. */
export function ReportsScreen({ api, names, onDocument }: { api: ApiClient; names: Record<string, string>; onDocument?: (d: ReportDocument) => void }) {
  const { t, i18n } = useTranslation();
  const x = useTexts();
  const language = lang(i18n.language);
  const [filters, setFilters] = useState<ReportFiltersInput>({ ...monthBounds(new Date()), organizationId: null, areaId: null, agentId: null });
  const [doc, setDoc] = useState<ReportDocument | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const [reference, setReference] = useState<{ organizations: Array<{ id: string; name: string }>; areas: Array<{ id: string; name: string }>; agents: Array<{ id: string; name: string }> } | null>(null);
  useEffect(() => {
    api.invoke('reference.get', {}).then(setReference, () => undefined);
  }, [api]);

  const preview = async (): Promise<void> => {
    setBusy(true);
    setMessage(null);
    try {
      const d = await api.invoke('dashboard.report', filters);
      setDoc(d);
      onDocument?.(d);
    } catch (e) {
      setMessage(translateError(t, toUiError(e)));
    } finally {
      setBusy(false);
    }
  };
  const exportAs = async (format: 'csv' | 'pdf'): Promise<void> => {
    setBusy(true);
    setMessage(null);
    try {
      const file = await api.invoke('dashboard.exportReport', { filters, format, language });
      const bytes = Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0));
      const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
      const a = document.createElement('a');
      a.href = url;
      a.download = file.filename;
      a.click();
      URL.revokeObjectURL(url);
      setMessage(fill(x.reports.exported, { file: file.filename }));
    } catch (e) {
      setMessage(translateError(t, toUiError(e)));
    } finally {
      setBusy(false);
    }
  };
  const select = (key: 'organizationId' | 'areaId' | 'agentId', label: string, options: Array<{ id: string; name: string }>) => (
    <label>
      {label}
      <select data-testid={`report-${key}`} value={filters[key] ?? ''} onChange={(e) => setFilters({ ...filters, [key]: e.target.value || null })}>
        <option value="">{x.reports.all}</option>
        {options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.name}
          </option>
        ))}
      </select>
    </label>
  );
  const deltas = new Map(doc?.comparison.deltas.map((d) => [d.id, d]) ?? []);
  return (
    <section className="dash-panel dash-reports" data-testid="reports-screen">
      <h2>{x.reports.screenTitle}</h2>
      <div className="dash-filters">
        <label>
          {x.reports.from}
          <input type="date" data-testid="report-from" value={filters.from} onChange={(e) => setFilters({ ...filters, from: e.target.value })} />
        </label>
        <label>
          {x.reports.to}
          <input type="date" data-testid="report-to" value={filters.to} onChange={(e) => setFilters({ ...filters, to: e.target.value })} />
        </label>
        {select('organizationId', x.reports.organization, reference?.organizations ?? [])}
        {select('areaId', x.reports.area, reference?.areas ?? [])}
        {select('agentId', x.reports.agent, reference?.agents ?? [])}
        <button type="button" className="btn btn--primary" disabled={busy} onClick={() => void preview()} data-testid="report-preview">
          {x.reports.preview}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void exportAs('csv')} data-testid="report-export-csv">
          {x.reports.exportCsv}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void exportAs('pdf')} data-testid="report-export-pdf">
          {x.reports.exportPdf}
        </button>
      </div>
      {busy && <p className="muted">{x.reports.generating}</p>}
      {message && <p role="status" data-testid="report-message">{message}</p>}
      {doc && (
        <table className="dash-table" data-testid="report-kpis">
          <thead>
            <tr>
              <th>{x.reports.columns.kpi}</th>
              <th>{x.reports.columns.value}</th>
              <th>{x.reports.columns.previous}</th>
              <th>{x.reports.columns.change}</th>
              <th>{x.reports.columns.sample}</th>
            </tr>
          </thead>
          <tbody>
            {doc.report.kpis.map((k) => {
              const d = deltas.get(k.id);
              return (
                <tr key={k.id} data-kpi={k.id}>
                  <td>
                    {kpiLabel(k.id as KpiId, language)} <KpiInfo id={k.id as KpiId} />
                  </td>
                  <td data-testid="report-kpi-value">{formatKpiValue(k.value, k.unit, language)}</td>
                  <td>{formatKpiValue(d?.previous ?? null, k.unit, language)}</td>
                  <td className={d?.assessment === 'better' ? 'dash-good' : d?.assessment === 'worse' ? 'dash-bad' : ''}>{formatDelta(d?.delta ?? null, k.unit, language)}</td>
                  <td>{k.sampleSize}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {doc && doc.breaches.length > 0 && (
        <p className="muted">
          {x.reports.sections.breaches}: {doc.breaches.length} · {names[doc.organizationId ?? ''] ?? x.reports.deskScope}
        </p>
      )}
    </section>
  );
}
