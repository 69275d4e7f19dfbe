import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useTexts } from './use-texts';
import { CHANNELS } from '../../../shared/domain/ticket-enums';
import type { DashboardSnapshot } from '../../../shared/reports/dashboard-types';
import { Chart } from './Chart';

export function TrendsPanel({ s }: { s: DashboardSnapshot }) {
  const { t } = useTranslation();
  const x = useTexts();
  const days = s.trends.days.map((d) => d.slice(5));
  const volume = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 10, top: 30, bottom: 24 },
      xAxis: { type: 'category', data: days },
      yAxis: { type: 'value', minInterval: 1 },
      series: CHANNELS.map((c) => ({ name: t(`channel.${c}`), type: 'bar', stack: 'v', data: s.trends.volume[c] })),
    }),
    [s, t, days],
  );
  const backlog = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 40, right: 40, top: 30, bottom: 24 },
      xAxis: { type: 'category', data: days },
      yAxis: [{ type: 'value', minInterval: 1 }, { type: 'value', max: 100, axisLabel: { formatter: '{value} %' } }],
      series: [
        { name: x.supervisor.trends.backlog, type: 'line', data: s.trends.backlog, areaStyle: { opacity: 0.15 } },
        { name: x.supervisor.trends.reopenRate, type: 'line', yAxisIndex: 1, data: s.trends.reopenRate },
      ],
    }),
    [s, days, x],
  );
  return (
    <section className="dash-panel dash-panel--trends" data-testid="panel-trends">
      <h2>{x.supervisor.panels.trends}</h2>
      <h3>{x.supervisor.trends.volume}</h3>
      <Chart option={volume} testId="chart-volume" />
      <h3>
        {x.supervisor.trends.backlog} · {x.supervisor.trends.reopenRate}
      </h3>
      <Chart option={backlog} testId="chart-backlog" />
    </section>
  );
}
