import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useReference } from '../../hooks/use-reference';
import { translateError } from '../../i18n/translate-error';
import { formatDateTime } from '../../lib/format';
import { explainItem } from '../../lib/sla-explanation';
import type { TicketDetail } from '../../store/ticket-slice';
import { useAppStore } from '../../store/use-app-store';
import { SlaSpanBar } from './SlaSpanBar';
import { SlaTargetsTable } from './SlaTargetsTable';

/** The ticket's SLA: targets, the explanation in words, the clock's timeline and this desk's alerts. */
export function SlaPanel({ detail }: { detail: TicketDetail }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.session.language);
  const panel = useAppStore((s) => s.sla.panel);
  const loadSla = useAppStore((s) => s.loadSla);
  const acknowledge = useAppStore((s) => s.acknowledgeAlert);
  const reference = useReference();
  const ticketId = detail.ticket.id;

  // The detail object changes whenever the ticket does (mutation, alert, pull): recompute then.
  useEffect(() => {
    void loadSla(ticketId);
  }, [detail, ticketId, loadSla]);

  const data = panel.ticketId === ticketId ? panel.data : null;
  const personName = (id: string): string => reference?.agentsById.get(id)?.name ?? id;

  return (
    <section
      className="detail__section sla-panel"
      data-testid="sla-panel"
      aria-labelledby="sla-panel-title"
      aria-busy={panel.loading}
    >
      <h3 id="sla-panel-title" className="detail__section-title">
        {t('slaUi.panel.title')}
      </h3>
      {panel.error && panel.ticketId === ticketId && <p role="alert">{translateError(t, panel.error)}</p>}
      {!data && !panel.error && <p className="muted">{t('slaUi.panel.loading')}</p>}
      {data && (
        <>
          <p className="sla-panel__policy">
            {data.policy ? `${t('slaUi.panel.policy')}: ${data.policy.name}` : t('slaUi.panel.none')}
            {data.calendar &&
              ` · ${t('slaUi.panel.calendar')}: ${data.calendar.name} (${data.calendar.timeZone})`}
          </p>
          {data.targets.length > 0 && <SlaTargetsTable targets={data.targets} language={language} />}
          <SlaSpanBar spans={data.spans} language={language} />
          {data.alerts.length > 0 && (
            <ul className="sla-panel__alerts" aria-label={t('slaUi.panel.alerts')}>
              {data.alerts.map((alert) => (
                <li key={alert.alertId} data-testid="sla-alert" data-level={alert.level}>
                  <span
                    className={`sla-state sla-state--${alert.level === 'breach' ? 'breached' : 'warning'}`}
                  >
                    {t(`slaUi.prompt.title.${alert.level}`)}
                  </span>{' '}
                  {t(`slaTarget.${alert.target}`)} · {formatDateTime(alert.firstFiredAt, language)}{' '}
                  {alert.acknowledgedAt ? (
                    <span className="muted">{t('slaUi.panel.acknowledged')}</span>
                  ) : (
                    <button
                      type="button"
                      className="btn btn--small"
                      data-testid="sla-acknowledge"
                      onClick={() => void acknowledge(alert.alertId)}
                    >
                      {t('slaUi.panel.acknowledge')}
                    </button>
                  )}
                  {alert.snoozedUntil && (
                    <span className="muted">
                      {' '}
                      · {t('slaUi.panel.snoozedUntil', { at: formatDateTime(alert.snoozedUntil, language) })}
                    </span>
                  )}
                </li>
              ))}
            </ul>
          )}
          <details className="sla-panel__explanation" open>
            <summary>{t('slaUi.panel.explanation')}</summary>
            <ul data-testid="sla-explanation">
              {data.explanation.map((item, index) => (
                <li key={`${item.code}-${index}`}>{explainItem(t, language, item, personName)}</li>
              ))}
            </ul>
          </details>
        </>
      )}
    </section>
  );
}
