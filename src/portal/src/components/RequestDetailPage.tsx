import { portalApi } from '../api/portal-client';
import { formatDateTime, formatSize, useI18n } from '../lib/i18n';
import { useAsync } from '../lib/use-async';
import { AppLink } from './AppLink';
import { ErrorNotice } from './ErrorNotice';
import { HistoryList } from './HistoryList';
import { RatingForm } from './RatingForm';
import { ReplyForm } from './ReplyForm';
import { ResolutionBox } from './ResolutionBox';
import { StatusBadge } from './StatusBadge';

/** One request: status, what was asked, the public history, and what the requester can do now. */
export function RequestDetailPage({ id }: { id: string }) {
  const { t, language } = useI18n();
  const [state, reload] = useAsync(() => portalApi.ticket(id), id);
  const created = new URLSearchParams(window.location.search).get('created');

  if (state.status === 'loading') return <p className="muted" aria-busy="true">{t('portal.loading')}</p>;
  if (state.status === 'error')
    return (
      <div className="narrow">
        {state.error.status === 404 ? <p data-testid="not-found">{t('portal.notFound')}</p> : <ErrorNotice error={state.error} />}
        <AppLink to="/requests">{t('portal.backToRequests')}</AppLink>
      </div>
    );
  const ticket = state.value;
  return (
    <article className="detail" aria-labelledby="detail-title" data-testid="request-detail" data-status={ticket.status}>
      <AppLink to="/requests" className="back">
        ← {t('portal.backToRequests')}
      </AppLink>
      {created && (
        <p className="notice notice--ok" role="status" data-testid="created-notice">
          {t('portal.create.created', { number: created })}
        </p>
      )}
      <header className="detail__head">
        <p className="mono muted" data-testid="detail-number">{ticket.number}</p>
        <h1 id="detail-title">{ticket.title}</h1>
        <p className="muted small">
          {t('portal.detail.openedOn', { date: formatDateTime(language, ticket.createdAt), channel: t(`portal.channel.${ticket.channel}`) })}
          {ticket.categoryName && ` · ${ticket.categoryName[language]}`}
        </p>
        <p>
          <span className="visually-hidden">{t('portal.detail.status')}: </span>
          <StatusBadge status={ticket.status} />
        </p>
      </header>
      {!ticket.mine && <p className="notice">{t('portal.detail.readOnly')}</p>}
      {ticket.canConfirm && <ResolutionBox ticketId={ticket.id} onDone={reload} />}
      {(ticket.canRate || ticket.rating) && <RatingForm ticketId={ticket.id} rating={ticket.rating} onDone={reload} />}
      <section className="card">
        <p className="description">{ticket.description}</p>
        {ticket.attachments.length > 0 && (
          <>
            <h2 className="h3">{t('portal.detail.attachments')}</h2>
            <ul className="files" data-testid="detail-attachments">
              {ticket.attachments.map((a) => (
                <li key={a.id}>
                  <a href={`/api/portal/attachments/${a.id}`} download>
                    {t('portal.detail.download', { name: a.name, size: formatSize(a.size) })}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>
      <HistoryList items={ticket.history} />
      {ticket.canReply && <ReplyForm ticketId={ticket.id} onDone={reload} />}
      {ticket.mine && ticket.status === 'closed' && <p className="muted">{t('portal.detail.closedNoReply')}</p>}
    </article>
  );
}
