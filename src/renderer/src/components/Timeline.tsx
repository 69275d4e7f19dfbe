import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { describeEvent, type EventNames } from '../lib/describe-event';
import { formatDateTime } from '../lib/format';
import { useCategoryPath, useReference } from '../hooks/use-reference';
import type { TicketDetail } from '../store/ticket-slice';
import { useAppStore } from '../store/use-app-store';

/** The ticket's append-only history, oldest first, each event in words. */
export function Timeline({ detail }: { detail: TicketDetail }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.session.language);
  const reference = useReference();
  const pathOf = useCategoryPath();
  const { events, requester } = detail;
  const names = useMemo<EventNames>(
    () => ({
      person: (id) => reference?.agentsById.get(id)?.name ?? (requester?.id === id ? requester.name : null),
      category: (id) => pathOf(id),
      group: (id) => reference?.groupsById.get(id)?.name ?? null,
    }),
    [reference, requester, pathOf],
  );
  const sorted = useMemo(
    () => [...events].sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id)),
    [events],
  );

  return (
    <section className="detail__section" aria-labelledby="timeline-title">
      <h3 id="timeline-title" className="detail__section-title">
        {t('timeline.title')}
      </h3>
      {sorted.length === 0 && <p className="muted">{t('timeline.empty')}</p>}
      <ol className="timeline">
        {sorted.map((e) => (
          <li key={e.id} className="timeline__item" data-testid="timeline-item" data-kind={e.data.kind}>
            <span className="timeline__dot" aria-hidden="true" />
            <div>
              <p className="timeline__text">
                {describeEvent(t, e, names, (iso) => formatDateTime(iso, language))}
              </p>
              {e.data.kind === 'status_changed' && e.data.reason && (
                <p className="timeline__reason muted">{t('timeline.reason', { reason: e.data.reason })}</p>
              )}
              {(e.data.kind === 'escalated' || e.data.kind === 'sla_alert_snoozed') && (
                <p className="timeline__reason muted">{t('slaTimeline.reason', { reason: e.data.reason })}</p>
              )}
              <time className="timeline__time muted" dateTime={e.at}>
                {formatDateTime(e.at, language)}
                {e.offline && ` · ${t('timeline.offline')}`}
              </time>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
