import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { describeEvent, type EventNames } from '../lib/describe-event';
import { formatDateTime } from '../lib/format';
import { matchesTimelineFilter, TIMELINE_FILTERS, type TimelineFilter } from '../lib/timeline-filter';
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
  const [filter, setFilter] = useState<TimelineFilter>('all');
  const names = useMemo<EventNames>(
    () => ({
      person: (id) => reference?.agentsById.get(id)?.name ?? (requester?.id === id ? requester.name : null),
      category: (id) => pathOf(id),
      group: (id) => reference?.groupsById.get(id)?.name ?? null,
    }),
    [reference, requester, pathOf],
  );
  const sorted = useMemo(
    () =>
      events
        .filter((e) => matchesTimelineFilter(e.data.kind, filter))
        .sort((a, b) => a.at.localeCompare(b.at) || a.id.localeCompare(b.id)),
    [events, filter],
  );

  return (
    <section className="detail__section" aria-labelledby="timeline-title">
      <h3 id="timeline-title" className="detail__section-title">
        {t('timeline.title')}
      </h3>
      <label className="timeline__filter">
        <span className="muted">{t('wf.timeline.filter')}</span>
        <select className="select select--small" data-testid="timeline-filter" value={filter} onChange={(e) => setFilter(e.target.value as TimelineFilter)}>
          {TIMELINE_FILTERS.map((f) => (
            <option key={f} value={f}>
              {t(`wf.timeline.${f}`)}
            </option>
          ))}
        </select>
      </label>
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
              </time>
              <span className="timeline__origin muted" data-testid="timeline-origin" data-offline={e.offline}>
                {' · '}
                {t('wf.timeline.device', { device: e.deviceId.slice(-6) })} · {e.offline ? t('wf.timeline.offline') : t('wf.timeline.online')}
              </span>
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}
