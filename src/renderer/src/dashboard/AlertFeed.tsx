import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fill, useTexts } from './use-texts';
import type { ApiClient } from '../../../shared/api/client';
import type { DashboardAlert, DashboardSnapshot } from '../../../shared/reports/dashboard-types';
import { toUiError } from '../store/ui-error';
import { translateError } from '../i18n/translate-error';
import type { ReportDelivery } from './types';

/**
 * Every SLA alert and escalation, newest first: acknowledge an alert, or act on it in one click —
 * escalate it hierarchically (to the supervisor, recorded with a reason) or take an escalated ticket.
 */
export function AlertFeed({ s, api, deliveries, agentId, onDone }: { s: DashboardSnapshot; api: ApiClient; deliveries: ReportDelivery[]; agentId: string | null; onDone: () => void }) {
  const { t } = useTranslation();
  const x = useTexts();
  const [error, setError] = useState<string | null>(null);
  const run = async (work: () => Promise<unknown>): Promise<void> => {
    setError(null);
    try {
      await work();
      onDone();
    } catch (e) {
      setError(translateError(t, toUiError(e)));
    }
  };
  const failing = deliveries.filter((d) => d.failed > 0 || d.runStatus === 'failed');
  const text = (a: DashboardAlert): string =>
    a.kind === 'sla_alert'
      ? fill(x.supervisor.alerts.slaAlert, { number: a.number, target: t(`slaTarget.${a.target as 'resolution'}`), level: t(`slaLevel.${a.level as 'breach'}`) })
      : fill(x.supervisor.alerts.escalated, { number: a.number, kind: x.supervisor.alertKinds[a.escalation ?? 'functional'], actor: s.names[a.actorId] ?? a.actorId, reason: a.reason ?? '' });
  return (
    <section className="dash-panel dash-panel--alerts" data-testid="panel-alerts">
      <h2>{x.supervisor.panels.alerts}</h2>
      {failing.length > 0 && (
        <p className="dash-bad" data-testid="report-delivery-failures" title={failing[0]?.lastError ?? ''}>
          {fill(x.supervisor.alerts.reportFailures, { count: failing.length })}
        </p>
      )}
      {error && <p className="dash-bad" role="alert">{error}</p>}
      {s.alerts.length === 0 ? (
        <p className="muted">{x.supervisor.alerts.empty}</p>
      ) : (
        <ul className="dash-alerts">
          {s.alerts.slice(0, 30).map((a) => (
            <li key={a.eventId} className={a.level === 'breach' ? 'dash-bad' : ''} data-testid="alert-item">
              <time>{a.at.slice(11, 16)}</time> <span>{text(a)}</span>
              {a.kind === 'sla_alert' && a.alertId && (
                <>
                  {a.acknowledged ? (
                    <em className="muted">{x.supervisor.alerts.acknowledged}</em>
                  ) : (
                    <button type="button" className="btn btn--small" onClick={() => void run(() => api.invoke('sla.acknowledge', { alertId: a.alertId! }))}>
                      {x.supervisor.alerts.acknowledge}
                    </button>
                  )}
                  <button
                    type="button"
                    className="btn btn--small"
                    onClick={() =>
                      void run(() =>
                        api.invoke('mutation.apply', {
                          name: 'ticket.escalate',
                          args: { ticketId: a.ticketId, kind: 'hierarchical', reason: fill(x.supervisor.alerts.escalateReason, { target: t(`slaTarget.${a.target as 'resolution'}`), level: t(`slaLevel.${a.level as 'breach'}`) }) },
                        }),
                      )
                    }
                  >
                    {x.supervisor.alerts.escalate}
                  </button>
                </>
              )}
              {a.kind === 'escalated' && agentId && (
                <button type="button" className="btn btn--small" onClick={() => void run(() => api.invoke('mutation.apply', { name: 'ticket.assign', args: { ticketId: a.ticketId, assigneeId: agentId, groupId: null } }))}>
                  {x.supervisor.alerts.takeOver}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
