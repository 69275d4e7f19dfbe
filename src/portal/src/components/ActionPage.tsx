import { useState } from 'react';
import { portalApi } from '../api/portal-client';
import { useI18n } from '../lib/i18n';
import { useAsync, useSubmit } from '../lib/use-async';
import { AppLink } from './AppLink';
import { ErrorNotice } from './ErrorNotice';
import { Layout } from './Layout';
import { RatingForm } from './RatingForm';

/**
 * The page behind the links in notifications (`/portal/actions/<token>`, the email channel's signed
 * single-use tokens): opening it only reads (GET); confirming, rejecting or rating is a POST.
 */
export function ActionPage({ token }: { token: string }) {
  const { t } = useI18n();
  const [state, reload] = useAsync(() => portalApi.describeAction(token), token);
  const [reason, setReason] = useState('');
  const [rejecting, setRejecting] = useState(false);
  const [done, setDone] = useState(false);
  const submit = useSubmit();
  const act = (body: Parameters<typeof portalApi.performAction>[1]) =>
    void submit.run(async () => {
      await portalApi.performAction(token, body);
      setDone(true);
    });

  return (
    <Layout>
      <section className="card narrow" data-testid="action-page" aria-live="polite">
        {state.status === 'loading' && <p aria-busy="true">{t('portal.loading')}</p>}
        {state.status === 'error' && <ErrorNotice error={state.error} testId="action-error" />}
        {state.status === 'ready' && (
          <>
            <h1>{t('portal.action.heading', { number: state.value.ticket.number })}</h1>
            {done ? (
              <p className="notice notice--ok" role="status" data-testid="action-done">{t('portal.action.done')}</p>
            ) : state.value.usedAt ? (
              <p className="notice" data-testid="action-used">{t('portal.action.used', { action: state.value.usedAction ?? '' })}</p>
            ) : state.value.purpose === 'resolution' ? (
              <>
                <p>{t('portal.action.resolutionIntro', { title: state.value.ticket.title })}</p>
                <ErrorNotice error={submit.error} />
                {!rejecting ? (
                  <div className="actions">
                    <button type="button" className="btn btn--primary" data-testid="action-confirm" disabled={submit.busy} onClick={() => act({ action: 'confirm' })}>
                      {t('portal.detail.confirm')}
                    </button>
                    <button type="button" className="btn btn--secondary" data-testid="action-reject" onClick={() => setRejecting(true)}>
                      {t('portal.detail.reject')}
                    </button>
                  </div>
                ) : (
                  <form onSubmit={(e) => { e.preventDefault(); act({ action: 'reject', reason: reason.trim() || null }); }}>
                    <div className="field">
                      <label htmlFor="action-reason">{t('portal.detail.rejectReason')}</label>
                      <textarea id="action-reason" rows={3} value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
                    </div>
                    <button type="submit" className="btn btn--primary" data-testid="action-reject-submit">{t('portal.detail.rejectSubmit')}</button>
                  </form>
                )}
              </>
            ) : (
              <>
                <p>{t('portal.action.surveyIntro', { title: state.value.ticket.title })}</p>
                <RatingForm ticketId="" rating={null} onDone={async () => { setDone(true); await reload(); }} send={(score, comment) => portalApi.performAction(token, { action: 'rate', score, comment })} />
              </>
            )}
            <p><AppLink to="/requests">{t('portal.action.signInToFollow')}</AppLink></p>
          </>
        )}
      </section>
    </Layout>
  );
}
