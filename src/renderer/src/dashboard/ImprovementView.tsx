import { useTranslation } from 'react-i18next';
import { useTexts } from './use-texts';
import { kpiLabel, type KpiDelta } from '../../../shared/kpi/index';
import { formatKpiValue } from '../../../shared/reports/format-kpi';
import type { ReportDocument } from '../../../shared/reports/report-document';
import { lang } from './format';

const ARROW: Record<KpiDelta['direction'], string> = { up: '▲', down: '▼', same: '▬', unknown: '·' };

/** Month over month with arrows, the three biggest movers, and the categories with most repeats. */
export function ImprovementView({ doc, categoryName }: { doc: ReportDocument | null; categoryName: (id: string | null) => string }) {
  const { i18n } = useTranslation();
  const x = useTexts();
  const language = lang(i18n.language);
  if (!doc) return <p className="muted">{x.reports.preview}…</p>;
  const movers = new Set(doc.comparison.biggestMovers.map((m) => m.id));
  const row = (d: KpiDelta) => (
    <li key={d.id} className={`dash-delta dash-delta--${d.assessment}`} data-testid={movers.has(d.id) ? 'mover' : 'delta'}>
      <span className="dash-arrow" aria-hidden="true">{ARROW[d.direction]}</span>
      <span>{kpiLabel(d.id, language)}</span>
      <span>
        {formatKpiValue(d.previous, d.unit, language)} → {formatKpiValue(d.current, d.unit, language)}
      </span>
      <em>{x.reports.assessment[d.assessment]}</em>
    </li>
  );
  return (
    <section className="dash-panel dash-improvement" data-testid="improvement-view">
      <h2>{x.reports.sections.improvement}</h2>
      <h3>{x.reports.movers}</h3>
      <ul className="dash-movers">{doc.comparison.biggestMovers.map(row)}</ul>
      <h3>{x.reports.repeated}</h3>
      {doc.report.repeatedIncidentCategories.length === 0 ? (
        <p className="muted">{x.reports.noRepeated}</p>
      ) : (
        <table className="dash-table" data-testid="repeated-categories">
          <tbody>
            {doc.report.repeatedIncidentCategories.map((c) => (
              <tr key={String(c.categoryId)}>
                <td>{c.categoryId === null ? x.reports.uncategorized : categoryName(c.categoryId)}</td>
                <td>{c.repeated}</td>
                <td>{c.incidents}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ul className="dash-deltas">{doc.comparison.deltas.filter((d) => !movers.has(d.id)).map(row)}</ul>
    </section>
  );
}
