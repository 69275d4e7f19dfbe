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
  return (
    <nav className="sidebar" aria-label={t('views.label')}>
      <h2 className="sidebar__title">{t('views.label')}</h2>
      <ul className="sidebar__list">
        {QUEUE_VIEWS.map((v) => (
          <li key={v}>
            <button
              type="button"
              className={`sidebar__item${v === view ? ' sidebar__item--active' : ''}`}
              aria-current={v === view ? 'page' : undefined}
              data-testid={`queue-view-${v}`}
              onClick={() => setView(v)}
            >
              <span>{t(`views.${v}`)}</span>
              <span className="sidebar__count" data-testid={`queue-count-${v}`}>
                {counts ? formatCount(counts[v], language) : ''}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </nav>
  );
}
