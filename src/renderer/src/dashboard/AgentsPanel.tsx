import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fill, useTexts } from './use-texts';
import type { ApiClient } from '../../../shared/api/client';
import type { DashboardSnapshot, DashboardTicketRef } from '../../../shared/reports/dashboard-types';
import { KpiInfo } from './KpiInfo';

const num = (v: number | null, suffix = ''): string => (v === null ? '—' : `${Math.round(v * 10) / 10}${suffix}`);

export function AgentsPanel({ s, api }: { s: DashboardSnapshot; api: ApiClient }) {
  const { t } = useTranslation();
  const x = useTexts();
  const [open, setOpen] = useState<{ name: string; tickets: DashboardTicketRef[] } | null>(null);
  const show = async (agentId: string, name: string): Promise<void> => {
    setOpen({ name, tickets: await api.invoke('dashboard.agentTickets', { agentId }) });
  };
  return (
    <section className="dash-panel dash-panel--agents" data-testid="panel-agents">
      <h2>{x.supervisor.panels.agents}</h2>
      <table className="dash-table">
        <thead>
          <tr>
            <th>{x.supervisor.agents.name}</th>
            <th>{x.supervisor.agents.availability}</th>
            <th>{x.supervisor.agents.openLoad}</th>
            <th>{x.supervisor.agents.handledToday} <KpiInfo id="tickets.resolved" /></th>
            <th>{x.supervisor.agents.avgHandling} <KpiInfo id="solution_time.avg" /></th>
            <th>{x.supervisor.agents.fcr} <KpiInfo id="first_contact_resolution.rate" /></th>
            <th>{x.supervisor.agents.csat} <KpiInfo id="satisfaction.csat" /></th>
            <th>{x.supervisor.agents.documentation} <KpiInfo id="documentation_time.avg" /></th>
          </tr>
        </thead>
        <tbody>
          {s.agents.map((a) => (
            <tr key={a.agentId} data-testid="agent-row" data-agent={a.agentId}>
              <td>
                <button type="button" className="dash-link" onClick={() => void show(a.agentId, a.name)} data-testid="agent-open">
                  {a.name}
                </button>
              </td>
              <td>{x.supervisor.availability[(a.availability ?? 'unknown') as 'unknown']}</td>
              <td data-testid="agent-load">{a.liveLoad}</td>
              <td data-testid="agent-handled">{a.handled}</td>
              <td>{num(a.avgHandlingBusinessMinutes, ' min')}</td>
              <td>{num(a.fcrRate, ' %')}</td>
              <td>{num(a.csat, ' %')}</td>
              <td>{num(a.avgDocumentationMinutes, ' min')}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {open && (
        <div className="dash-drawer" role="dialog" aria-label={fill(x.supervisor.agents.ticketsOf, { name: open.name })} data-testid="agent-tickets">
          <h3>
            {fill(x.supervisor.agents.ticketsOf, { name: open.name })}
            <button type="button" className="btn btn--ghost" onClick={() => setOpen(null)} aria-label={t('common.close')}>
              ×
            </button>
          </h3>
          {open.tickets.length === 0 ? (
            <p className="muted">{x.supervisor.agents.noTickets}</p>
          ) : (
            <ul>
              {open.tickets.map((r) => (
                <li key={r.id}>
                  <strong>{r.number}</strong> {r.title} · {t(`status.${r.status as 'new'}`)} · {r.priority}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}
