import { useState } from 'react';
import { portalApi } from '../api/portal-client';
import { useI18n } from '../lib/i18n';
import { useSubmit } from '../lib/use-async';
import { ErrorNotice } from './ErrorNotice';

export function ReplyForm({ ticketId, onDone }: { ticketId: string; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const [body, setBody] = useState('');
  const submit = useSubmit();
  return (
    <form
      className="card form"
      data-testid="reply-form"
      aria-labelledby="reply-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void submit.run(async () => {
          await portalApi.reply(ticketId, body);
          setBody('');
          await onDone();
        });
      }}
    >
      <h2 id="reply-heading" className="h3">{t('portal.detail.reply')}</h2>
      <div className="field">
        <label htmlFor="reply-body">{t('portal.detail.replyLabel')}</label>
        <textarea id="reply-body" data-testid="reply-body" rows={4} required value={body} onChange={(e) => setBody(e.target.value)} aria-describedby="reply-hint" />
        <p id="reply-hint" className="hint">{t('portal.detail.replyHint')}</p>
      </div>
      <ErrorNotice error={submit.error} />
      <button type="submit" className="btn btn--primary" data-testid="reply-send" disabled={submit.busy || body.trim() === ''}>
        {submit.busy ? t('portal.detail.sending') : t('portal.detail.send')}
      </button>
    </form>
  );
}
