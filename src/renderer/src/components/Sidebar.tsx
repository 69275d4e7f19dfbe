import { useTranslation } from 'react-i18next';
import { QUEUE_VIEWS } from '../../../shared/api/queue-schemas';
import { formatCount } from '../lib/format';
import { useAppStore } from '../store/use-app-store';

export function Sidebar() {
  const { t } = useTranslation();
  const view = useAppStore((s) => s.queue.query.view);
  const counts = useAppStore((s) => s.queue.counts);
  const setView = useAppStore((s) => s.setView);
  const language = useAppStore((s) => s.session.language);
  const escalatedView = useAppStore((s) => s.workflow.escalatedView);
  const escalatedCount = useAppStore((s) => s.workflow.escalated.rows.length);
  const showEscalated = useAppStore((s) => s.showEscalated);
  return (
    <nav className="sidebar" aria-label={t('views.label')}>
      <h2 className="sidebar__title">{t('views.label')}</h2>
      <ul className="sidebar__list">
        {QUEUE_VIEWS.map((v) => (
          <li key={v}>
            <button
              type="button"
              className={`sidebar__item${v === view && !escalatedView ? ' sidebar__item--active' : ''}`}
              aria-current={v === view && !escalatedView ? 'page' : undefined}
              data-testid={`queue-view-${v}`}
              onClick={() => {
                showEscalated(false);
                setView(v);
              }}
            >
              <span>{t(`views.${v}`)}</span>
              <span className="sidebar__count" data-testid={`queue-count-${v}`}>
                {counts ? formatCount(counts[v], language) : ''}
              </span>
            </button>
          </li>
        ))}
        <li>
          <button
            type="button"
            className={`sidebar__item${escalatedView ? ' sidebar__item--active' : ''}`}
            aria-current={escalatedView ? 'page' : undefined}
            data-testid="queue-view-escalated"
            onClick={() => showEscalated(true)}
          >
            <span>{t('wf.escalated.view')}</span>
            <span className="sidebar__count" data-testid="queue-count-escalated">
              {escalatedView ? formatCount(escalatedCount, language) : ''}
            </span>
          </button>
        </li>
      </ul>
    </nav>
  );
}
