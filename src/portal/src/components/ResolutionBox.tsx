import { useState } from 'react';
import { portalApi } from '../api/portal-client';
import { useI18n } from '../lib/i18n';
import { useSubmit } from '../lib/use-async';
import { ErrorNotice } from './ErrorNotice';

/** Confirm (closes) or reject with a reason (reopens) a resolved request. */
export function ResolutionBox({ ticketId, onDone }: { ticketId: string; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const submit = useSubmit();
  return (
    <section className="callout" aria-labelledby="resolution-heading" data-testid="resolution-box">
      <h2 id="resolution-heading" className="h3">{t('portal.detail.resolvedHeading')}</h2>
      <p>{t('portal.detail.resolvedIntro')}</p>
      <ErrorNotice error={submit.error} />
      {!rejecting ? (
        <div className="actions">
          <button type="button" className="btn btn--primary" data-testid="confirm-resolution" disabled={submit.busy} onClick={() => void submit.run(async () => {
            await portalApi.confirm(ticketId);
            await onDone();
          })}>
            {t('portal.detail.confirm')}
          </button>
          <button type="button" className="btn btn--secondary" data-testid="reject-resolution" onClick={() => setRejecting(true)}>
            {t('portal.detail.reject')}
          </button>
        </div>
      ) : (
        <form onSubmit={(e) => {
          e.preventDefault();
          void submit.run(async () => {
            await portalApi.reject(ticketId, reason);
            await onDone();
          });
        }}>
          <div className="field">
            <label htmlFor="reject-reason">{t('portal.detail.rejectReason')}</label>
            <textarea id="reject-reason" data-testid="reject-reason" rows={3} required value={reason} onChange={(e) => setReason(e.target.value)} autoFocus />
          </div>
          <button type="submit" className="btn btn--primary" data-testid="reject-submit" disabled={submit.busy}>
            {t('portal.detail.rejectSubmit')}
          </button>
        </form>
      )}
    </section>
  );
}
