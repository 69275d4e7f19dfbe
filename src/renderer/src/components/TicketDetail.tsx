import { useTranslation } from 'react-i18next';
import { displayNumber } from '../../../shared/domain/ticket';
import { useCategoryPath, useReference } from '../hooks/use-reference';
import { translateError } from '../i18n/translate-error';
import { formatDateTime } from '../lib/format';
import { useAppStore } from '../store/use-app-store';
import { Comments } from './Comments';
import { MailMessages } from './mail/MailMessages';
import { PriorityBadge } from './PriorityBadge';
import { SlaPanel } from './sla/SlaPanel';
import { StatusPill } from './StatusPill';
import { TicketActions } from './TicketActions';
import { Timeline } from './Timeline';
import { ChecklistPanel } from './workflow/ChecklistPanel';
import { EscalationBrief } from './workflow/EscalationBrief';
import { ProblemPanel } from './workflow/ProblemPanel';
import { SuggestionsPanel } from './workflow/SuggestionsPanel';
import { WorkflowActions } from './workflow/WorkflowActions';

/** Right pane: the open ticket, its actions, comments and history. */
export function TicketDetail() {
  const { t } = useTranslation();
  const { detail, loading, error, selectedId } = useAppStore((s) => s.ticket);
  const language = useAppStore((s) => s.session.language);
  const reference = useReference();
  const pathOf = useCategoryPath();

  if (!selectedId) {
    return (
      <aside className="detail detail--empty" aria-label={t('detail.label')}>
        <p className="muted">{t('detail.empty')}</p>
      </aside>
    );
  }
  if (!detail) {
    return (
      <aside className="detail detail--empty" aria-label={t('detail.label')} aria-busy={loading}>
        {error ? (
          <p role="alert">{translateError(t, error)}</p>
        ) : (
          <p className="muted">{t('detail.loading')}</p>
        )}
      </aside>
    );
  }

  const { ticket, requester } = detail;
  const assignee = ticket.assigneeId
    ? (reference?.agentsById.get(ticket.assigneeId)?.name ?? ticket.assigneeId)
    : null;
  const group = ticket.groupId ? (reference?.groupsById.get(ticket.groupId)?.name ?? ticket.groupId) : null;
  const meta: [string, string][] = [
    [t('detail.requester'), requester?.name ?? ticket.requesterId],
    [
      t('detail.organization'),
      reference?.organizationsById.get(ticket.organizationId)?.name ?? ticket.organizationId,
    ],
    [t('detail.assignee'), assignee ?? t('detail.unassigned')],
    [t('detail.group'), group ?? t('common.none')],
    [t('detail.type'), t(`type.${ticket.type}`)],
    [t('detail.channel'), t(`channel.${ticket.channel}`)],
    [t('detail.created'), formatDateTime(ticket.createdAt, language)],
    [t('detail.updated'), formatDateTime(ticket.updatedAt, language)],
    [t('detail.sla'), ticket.slaDueAt ? formatDateTime(ticket.slaDueAt, language) : t('queue.noSla')],
  ];

  return (
    <aside
      className="detail"
      aria-label={t('detail.label')}
      data-testid="ticket-detail"
      data-ticket-id={ticket.id}
      data-status={ticket.status}
      aria-busy={loading}
    >
      <header className="detail__header">
        <div className="detail__badges">
          <span className="mono detail__number" data-testid="ticket-number">
            {displayNumber(ticket)}
          </span>
          <StatusPill status={ticket.status} />
          <PriorityBadge priority={ticket.priority} long />
        </div>
        <h2 className="detail__title" data-testid="ticket-title">
          {ticket.title}
        </h2>
        <p className="detail__category muted" data-testid="ticket-category">
          {pathOf(ticket.categoryId) ?? t('category.none')}
        </p>
      </header>
      <EscalationBrief detail={detail} />
      <dl className="detail__meta">
        {meta.map(([label, value]) => (
          <div key={label} className="detail__meta-row">
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <TicketActions detail={detail} />
      <WorkflowActions detail={detail} />
      <ChecklistPanel detail={detail} />
      <SlaPanel detail={detail} />
      <section className="detail__section">
        <h3 className="detail__section-title">{t('detail.description')}</h3>
        <p className="detail__description">{ticket.description || t('detail.noDescription')}</p>
      </section>
      <SuggestionsPanel detail={detail} />
      <ProblemPanel detail={detail} />
      {ticket.channel === 'email' && <MailMessages ticketId={ticket.id} />}
      <Comments detail={detail} />
      <Timeline detail={detail} />
    </aside>
  );
}
