import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isTerminalStatus } from '../../../shared/domain/lifecycle';
import { COMMENT_VISIBILITIES, type CommentVisibility } from '../../../shared/domain/ticket-enums';
import { COMMENT_MAX } from '../../../shared/sync/mutators/ticket-comment';
import { useAction } from '../hooks/use-action';
import { useReference } from '../hooks/use-reference';
import { translateError } from '../i18n/translate-error';
import { formatDateTime } from '../lib/format';
import type { TicketDetail } from '../store/ticket-slice';
import { useAppStore } from '../store/use-app-store';
import { useDocumentationTimer } from '../hooks/use-documentation-timer';
import { MacroPicker } from './workflow/MacroPicker';

export function Comments({ detail }: { detail: TicketDetail }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.session.language);
  const addComment = useAppStore((s) => s.addComment);
  const reference = useReference();
  const action = useAction();
  const [visibility, setVisibility] = useState<CommentVisibility>('public');
  const [body, setBody] = useState('');
  const { ticket, comments, requester } = detail;
  const timing = useDocumentationTimer(ticket.id);
  const nameOf = (id: string): string =>
    reference?.agentsById.get(id)?.name ?? (requester?.id === id ? requester.name : t('timeline.someone'));

  const submit = async (): Promise<void> => {
    if (await action.run(() => addComment(body, visibility))) setBody('');
  };

  return (
    <section className="detail__section" aria-labelledby="comments-title">
      <h3 id="comments-title" className="detail__section-title">
        {t('comments.title')}
      </h3>
      {comments.length === 0 && <p className="muted">{t('comments.empty')}</p>}
      <ol className="comments">
        {comments.map((c) => (
          <li
            key={c.id}
            className={`comment comment--${c.visibility}`}
            data-testid="comment"
            data-visibility={c.visibility}
          >
            <div className="comment__head">
              <strong>{nameOf(c.authorId)}</strong>
              <span className={`tag tag--${c.visibility}`}>{t(`visibility.${c.visibility}`)}</span>
              <time className="muted" dateTime={c.createdAt}>
                {formatDateTime(c.createdAt, language)}
              </time>
            </div>
            <p className="comment__body">{c.body}</p>
          </li>
        ))}
      </ol>
      {!isTerminalStatus(ticket.status) && (
        <form
          className={`composer composer--${visibility}`}
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
        >
          <div className="segmented" role="radiogroup" aria-label={t('comments.kind')}>
            {COMMENT_VISIBILITIES.map((v) => (
              <button
                key={v}
                type="button"
                role="radio"
                aria-checked={visibility === v}
                className={`segmented__item${visibility === v ? ' segmented__item--on' : ''}`}
                data-testid={`comment-visibility-${v}`}
                onClick={() => setVisibility(v)}
              >
                {t(`visibility.${v}`)}
              </button>
            ))}
          </div>
          <textarea
            className="textarea"
            data-testid="comment-input"
            aria-label={t(`visibility.${visibility}`)}
            placeholder={
              visibility === 'public' ? t('comments.placeholder') : t('comments.internalPlaceholder')
            }
            rows={3}
            maxLength={COMMENT_MAX}
            value={body}
            onChange={(e) => setBody(e.target.value)}
            {...timing}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void submit();
              }
            }}
          />
          <MacroPicker detail={detail} onInsert={(text) => setBody((b) => (b.trim() ? `${b}\n${text}` : text))} />
          <div className="composer__actions">
            {action.error && (
              <p className="action__error" role="alert">
                {translateError(t, action.error)}
              </p>
            )}
            <button
              type="submit"
              className="btn btn--primary"
              data-testid="comment-submit"
              disabled={body.trim() === '' || action.pending}
            >
              {action.pending ? t('comments.sending') : t('comments.send')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
