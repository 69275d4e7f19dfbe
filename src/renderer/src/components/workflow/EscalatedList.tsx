import { useTranslation } from 'react-i18next';
import { useReference } from '../../hooks/use-reference';
import { translateError } from '../../i18n/translate-error';
import { formatDateTime } from '../../lib/format';
import { useAppStore } from '../../store/use-app-store';
import { PriorityBadge } from '../PriorityBadge';
import { StatusPill } from '../StatusPill';

/** "Escalated to us": the tickets escalated to the agent's groups (and, for supervisors, hierarchical ones). */
export function EscalatedList() {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.session.language);
  const { rows, loading, error } = useAppStore((s) => s.workflow.escalated);
  const selectedId = useAppStore((s) => s.ticket.selectedId);
  const openTicket = useAppStore((s) => s.openTicket);
  const reference = useReference();
  const from = (r: (typeof rows)[number]): string => {
    const who = reference?.agentsById.get(r.escalation.byId)?.name ?? r.escalation.byId;
    const group = r.escalation.fromGroupId ? reference?.groupsById.get(r.escalation.fromGroupId)?.name : null;
    return group ? `${who} (${group})` : who;
  };

  return (
    <section className="queue escalated" aria-label={t('wf.escalated.title')} data-testid="escalated-view">
      <h2 className="escalated__heading">{t('wf.escalated.title')}</h2>
      {error && <p role="alert">{translateError(t, error)}</p>}
      {loading && rows.length === 0 && <p className="muted escalated__empty">{t('wf.escalated.loading')}</p>}
      {!loading && rows.length === 0 && <p className="muted escalated__empty">{t('wf.escalated.empty')}</p>}
      <ul className="escalated__list">
        {rows.map((r) => (
          <li key={r.id}>
            <button
              type="button"
              className={`escalated__row${r.id === selectedId ? ' escalated__row--selected' : ''}`}
              data-testid="escalated-row"
              data-ticket-id={r.id}
              data-kind={r.escalation.kind}
              onClick={() => void openTicket(r.id)}
            >
              <span className="escalated__line">
                <span className="mono">{r.displayNumber}</span>
                <PriorityBadge priority={r.priority} />
                <StatusPill status={r.status} />
                <span className="escalated__title">{r.title}</span>
              </span>
              <span className="escalated__line muted">
                {r.escalation.kind === 'hierarchical' ? t('wf.escalated.hierarchical') : t('wf.escalated.from', { group: from(r) })}
                {' · '}
                {formatDateTime(r.escalation.at, language)} · {r.escalation.reason}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
