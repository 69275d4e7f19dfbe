import { useTranslation } from 'react-i18next';
import { fill, useTexts } from './use-texts';
import type { CountRow, DashboardSnapshot } from '../../../shared/reports/dashboard-types';
import type { KpiId } from '../../../shared/kpi/index';
import { KpiInfo } from './KpiInfo';
import { Chart } from './Chart';
import { kpiText, span } from './format';

function Counts({ title, rows, label, testId }: { title: string; rows: CountRow[]; label: (key: string | null) => string; testId: string }) {
  return (
    <div className="dash-counts" data-testid={testId}>
      <h3>{title}</h3>
      <ul>
        {rows.slice(0, 6).map((r) => (
          <li key={String(r.key)}>
            <span>{label(r.key)}</span>
            <strong>{r.count}</strong>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function QueuesPanel({ s }: { s: DashboardSnapshot }) {
  const { t } = useTranslation();
  const x = useTexts();
  const name = (key: string | null): string => (key === null ? x.supervisor.queues.none : (s.names[key] ?? key));
  return (
    <section className="dash-panel dash-panel--queues" data-testid="panel-queues">
      <h2>
        {x.supervisor.panels.queues} <span className="dash-big" data-testid="queues-open">{s.queues.open}</span>
      </h2>
      <div className="dash-grid3">
        <Counts title={x.supervisor.queues.byStatus} rows={s.queues.byStatus} label={(k) => t(`status.${k as 'new'}`)} testId="queues-by-status" />
        <Counts title={x.supervisor.queues.byPriority} rows={s.queues.byPriority} label={(k) => String(k)} testId="queues-by-priority" />
        <Counts title={x.supervisor.queues.byGroup} rows={s.queues.byGroup} label={name} testId="queues-by-group" />
        <Counts title={x.supervisor.queues.byOrganization} rows={s.queues.byOrganization} label={name} testId="queues-by-org" />
        <Counts title={x.supervisor.queues.byArea} rows={s.queues.byArea} label={(k) => (k === null ? '—' : name(k))} testId="queues-by-area" />
        <div className="dash-counts">
          <h3>{x.supervisor.queues.oldest}</h3>
          <ul>
            {s.queues.oldest.map((r) => (
              <li key={r.id}>
                <span>{r.number}</span>
                <strong>{span(Date.parse(s.computedAt) - Date.parse(r.createdAt))}</strong>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}

function Tile({ id, label, value, testId }: { id: KpiId; label: string; value: string; testId: string }) {
  return (
    <div className="dash-tile" data-testid={testId}>
      <span className="dash-tile__label">
        {label} <KpiInfo id={id} />
      </span>
      <span className="dash-tile__value">{value}</span>
    </div>
  );
}

export function SlaPanel({ s }: { s: DashboardSnapshot }) {
  const { i18n } = useTranslation();
  const x = useTexts();
  const now = Date.parse(s.computedAt);
  const orgs = [...new Set(s.sla.heatmap.map((c) => c.organizationId))];
  const areas = [...new Set(s.sla.heatmap.map((c) => c.areaId ?? ''))];
  const heatOption = {
    tooltip: {},
    grid: { left: 110, right: 10, top: 10, bottom: 40 },
    xAxis: { type: 'category', data: orgs.map((o) => s.names[o] ?? o) },
    yAxis: { type: 'category', data: areas.map((a) => (a ? (s.names[a] ?? a) : '—')) },
    visualMap: { min: 0, max: Math.max(1, ...s.sla.heatmap.map((c) => c.count)), show: false, inRange: { color: ['#fef3c7', '#dc2626'] } },
    series: [{ type: 'heatmap', label: { show: true }, data: s.sla.heatmap.map((c) => [orgs.indexOf(c.organizationId), areas.indexOf(c.areaId ?? ''), c.count]) }],
  };
  return (
    <section className="dash-panel dash-panel--sla" data-testid="panel-sla">
      <h2>{x.supervisor.panels.slaRisk}</h2>
      <div className="dash-tiles">
        <div className="dash-tile" data-testid="sla-breached-today">
          <span className="dash-tile__label">{x.supervisor.sla.breachedToday}</span>
          <span className="dash-tile__value dash-bad">{s.sla.breachedToday}</span>
        </div>
        <Tile id="sla.compliance" label={x.supervisor.sla.complianceToday} value={kpiText(s.sla.complianceToday, i18n.language)} testId="sla-today" />
        <Tile id="sla.compliance" label={x.supervisor.sla.complianceWeek} value={kpiText(s.sla.complianceWeek, i18n.language)} testId="sla-week" />
        <Tile id="sla.compliance" label={x.supervisor.sla.complianceMonth} value={kpiText(s.sla.complianceMonth, i18n.language)} testId="sla-month" />
      </div>
      {s.sla.atRisk.length === 0 ? (
        <p className="muted">{x.supervisor.sla.none}</p>
      ) : (
        <table className="dash-table" data-testid="sla-at-risk">
          <tbody>
            {s.sla.atRisk.map((r) => {
              const left = Date.parse(r.slaDueAt ?? s.computedAt) - now;
              return (
                <tr key={r.id} className={left < 0 ? 'dash-bad' : left < 3_600_000 ? 'dash-warn' : ''}>
                  <td>{r.number}</td>
                  <td className="dash-ellipsis">{r.title}</td>
                  <td>{r.priority}</td>
                  <td>{left < 0 ? fill(x.supervisor.sla.overdue, { time: span(-left) }) : `${x.supervisor.sla.dueIn} ${span(left)}`}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <h3>{x.supervisor.panels.heatmap}</h3>
      <Chart option={heatOption} testId="chart-heatmap" height={160} />
    </section>
  );
}

export function CallsPanel({ s }: { s: DashboardSnapshot }) {
  const { i18n } = useTranslation();
  const x = useTexts();
  const k = (id: string) => s.calls.kpis.find((v) => v.id === id);
  return (
    <section className="dash-panel" data-testid="panel-calls">
      <h2>{x.supervisor.panels.calls}</h2>
      {!s.calls.hasData ? (
        <p className="muted" data-testid="calls-no-data">{x.supervisor.calls.noData}</p>
      ) : (
        <div className="dash-tiles">
          <Tile id="calls.offered" label={x.supervisor.calls.offered} value={kpiText(k('calls.offered'), i18n.language)} testId="calls-offered" />
          <Tile id="calls.answered" label={x.supervisor.calls.answered} value={kpiText(k('calls.answered'), i18n.language)} testId="calls-answered" />
          <Tile id="calls.abandoned" label={x.supervisor.calls.abandoned} value={kpiText(k('calls.abandoned'), i18n.language)} testId="calls-abandoned" />
          <Tile id="answer_time.calls.avg" label={x.supervisor.calls.avgWait} value={kpiText(k('answer_time.calls.avg'), i18n.language)} testId="calls-avg-wait" />
          <div className="dash-tile">
            <span className="dash-tile__label">{x.supervisor.calls.longestWait}</span>
            <span className="dash-tile__value">{s.calls.longestWaitSeconds === null ? '—' : `${Math.round(s.calls.longestWaitSeconds)} s`}</span>
          </div>
          <Tile id="calls.service_level" label={x.supervisor.calls.serviceLevel} value={kpiText(k('calls.service_level'), i18n.language)} testId="calls-service-level" />
        </div>
      )}
    </section>
  );
}
