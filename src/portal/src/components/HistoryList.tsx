import type { PortalHistoryItem } from '../../../shared/portal/portal-api';
import { formatDateTime, useI18n, type PortalKey } from '../lib/i18n';

const EVENT_KEYS: Record<string, PortalKey> = {
  created: 'portal.detail.events.created',
  status_changed: 'portal.detail.events.status_changed',
  assigned: 'portal.detail.events.assigned',
  resolution_recorded: 'portal.detail.events.resolution_recorded',
  rated: 'portal.detail.events.rated',
};

/** Public comments and the public milestones, oldest first. */
export function HistoryList({ items }: { items: PortalHistoryItem[] }) {
  const { t, language } = useI18n();
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('portal.detail.history')}</h2>
      <ol className="history" data-testid="history">
        {items.map((item) =>
          item.kind === 'comment' ? (
            <li key={item.id} className={`bubble bubble--${item.author}`} data-testid="history-comment" data-author={item.author}>
              <p className="bubble__meta">
                <strong>{item.author === 'you' ? t('portal.detail.you') : item.author === 'desk' ? `${item.authorName} · ${t('portal.detail.desk')}` : item.authorName}</strong>
                <time dateTime={item.at}> · {formatDateTime(language, item.at)}</time>
              </p>
              <p className="bubble__body">{item.body}</p>
            </li>
          ) : (
            <li key={item.id} className="milestone" data-testid="history-event" data-event={item.event}>
              <span>
                {t(EVENT_KEYS[item.event] ?? 'portal.detail.events.other', {
                  ...item.params,
                  status: typeof item.params.status === 'string' ? t(`portal.status.${item.params.status}` as PortalKey) : '',
                })}
              </span>
              <time dateTime={item.at} className="muted small"> · {formatDateTime(language, item.at)}</time>
            </li>
          ),
        )}
      </ol>
    </section>
  );
}
