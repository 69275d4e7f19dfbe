import { useState } from 'react';
import { useI18n } from '../lib/i18n';
import { useSubmit } from '../lib/use-async';
import { portalApi } from '../api/portal-client';
import { ErrorNotice } from './ErrorNotice';
import { ScorePicker } from './ScorePicker';

/** The satisfaction survey (1–5 + comment), or the rating already given. */
export function RatingForm(props: {
  ticketId: string;
  rating: { score: number; comment: string | null } | null;
  onDone: () => Promise<void>;
  send?: (score: number, comment: string | null) => Promise<unknown>;
}) {
  const { t } = useI18n();
  const [score, setScore] = useState(0);
  const [comment, setComment] = useState('');
  const submit = useSubmit();
  if (props.rating)
    return (
      <p className="notice notice--ok" role="status" data-testid="rating-done">
        {t('portal.detail.rated', { score: props.rating.score })}
      </p>
    );
  const send = props.send ?? ((s: number, c: string | null) => portalApi.rate(props.ticketId, s, c));
  return (
    <form
      className="callout"
      data-testid="rating-form"
      aria-labelledby="rate-heading"
      onSubmit={(e) => {
        e.preventDefault();
        void submit.run(async () => {
          await send(score, comment.trim() || null);
          await props.onDone();
        });
      }}
    >
      <h2 id="rate-heading" className="h3">{t('portal.detail.rateHeading')}</h2>
      <ScorePicker value={score} onChange={setScore} />
      <div className="field">
        <label htmlFor="rate-comment">{t('portal.detail.rateComment')}</label>
        <textarea id="rate-comment" data-testid="rate-comment" rows={2} maxLength={2000} value={comment} onChange={(e) => setComment(e.target.value)} />
      </div>
      <ErrorNotice error={submit.error} />
      <button type="submit" className="btn btn--primary" data-testid="rate-submit" disabled={submit.busy || score === 0}>
        {t('portal.detail.rateSubmit')}
      </button>
    </form>
  );
}
