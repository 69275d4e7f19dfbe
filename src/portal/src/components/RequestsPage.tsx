import { useState } from 'react';
import { portalApi } from '../api/portal-client';
import { formatDateTime, useI18n } from '../lib/i18n';
import { useSession } from '../lib/session';
import { useAsync } from '../lib/use-async';
import { AppLink } from './AppLink';
import { ErrorNotice } from './ErrorNotice';
import { StatusBadge } from './StatusBadge';

/** "My requests": number, subject, status and last update; the organization's when shared. */
export function RequestsPage() {
  const { t, language } = useI18n();
  const { state: session } = useSession();
  const shared = session.status === 'signed-in' && session.me.organizationVisible;
  const [scope, setScope] = useState<'mine' | 'organization'>('mine');
  const [state] = useAsync(() => portalApi.tickets(scope), scope);

  return (
    <section aria-labelledby="requests-heading">
      <div className="section-head">
        <h1 id="requests-heading">{t('portal.requests.heading')}</h1>
        <AppLink to="/requests/new" className="btn btn--primary" testId="new-request-link">
          {t('portal.requests.newRequest')}
        </AppLink>
      </div>
      {shared && (
        <fieldset className="segmented">
          <legend className="visually-hidden">{t('portal.requests.scopeLabel')}</legend>
          {(['mine', 'organization'] as const).map((s) => (
            <label key={s} className={scope === s ? 'is-on' : ''}>
              <input type="radio" name="scope" value={s} checked={scope === s} onChange={() => setScope(s)} data-testid={`scope-${s}`} />
              {t(`portal.requests.scopes.${s}`)}
            </label>
          ))}
        </fieldset>
      )}
      {state.status === 'loading' && <p className="muted" aria-busy="true">{t('portal.loading')}</p>}
      {state.status === 'error' && <ErrorNotice error={state.error} />}
      {state.status === 'ready' && state.value.length === 0 && (
        <div className="card empty" data-testid="requests-empty">
          <p>{t('portal.requests.empty')}</p>
        </div>
      )}
      {state.status === 'ready' && state.value.length > 0 && (
        <div className="card table-card">
          <table className="requests" data-testid="requests-table">
            <caption className="visually-hidden">{t('portal.requests.countLabel', { count: state.value.length })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('portal.requests.columns.number')}</th>
                <th scope="col">{t('portal.requests.columns.title')}</th>
                <th scope="col">{t('portal.requests.columns.status')}</th>
                <th scope="col">{t('portal.requests.columns.updated')}</th>
              </tr>
            </thead>
            <tbody>
              {state.value.map((ticket) => (
                <tr key={ticket.id} data-testid="request-row" data-ticket-id={ticket.id}>
                  <td className="mono">{ticket.number}</td>
                  <td>
                    <AppLink to={`/requests/${ticket.id}`} testId="request-link">
                      {ticket.title}
                    </AppLink>
                    {!ticket.mine && <span className="muted small"> · {ticket.requesterName}</span>}
                    {ticket.mine && (ticket.status === 'resolved' || ticket.status === 'pending_requester') && (
                      <span className="flag">{t('portal.requests.needsYou')}</span>
                    )}
                  </td>
                  <td>
                    <StatusBadge status={ticket.status} />
                  </td>
                  <td className="muted small">{formatDateTime(language, ticket.updatedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
