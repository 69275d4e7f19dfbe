import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { QUEUE_SORT_KEYS } from '../../../shared/api/queue-schemas';
import { formatCount } from '../lib/format';
import { useAppStore } from '../store/use-app-store';

export function QueueToolbar() {
  const { t } = useTranslation();
  const id = useId();
  const view = useAppStore((s) => s.queue.query.view);
  const sort = useAppStore((s) => s.queue.query.sort);
  const total = useAppStore((s) => s.queue.total);
  const setSort = useAppStore((s) => s.setSort);
  const language = useAppStore((s) => s.session.language);
  const nextDirection = sort.direction === 'asc' ? 'desc' : 'asc';
  return (
    <div className="toolbar">
      <h1 className="toolbar__title">{t(`views.${view}`)}</h1>
      <span className="toolbar__total muted" data-testid="queue-total" data-total={total ?? ''}>
        {total === null ? t('common.loading') : t('queue.total', { n: formatCount(total, language) })}
      </span>
      <div className="toolbar__sort">
        <label htmlFor={id} className="toolbar__label">
          {t('sort.label')}
        </label>
        <select
          id={id}
          className="select select--compact"
          data-testid="sort-select"
          value={sort.by}
          onChange={(e) => {
            const by = QUEUE_SORT_KEYS.find((k) => k === e.target.value);
            if (by) setSort({ ...sort, by });
          }}
        >
          {QUEUE_SORT_KEYS.map((k) => (
            <option key={k} value={k}>
              {t(`sort.${k}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="btn btn--ghost btn--icon"
          data-testid="sort-direction"
          data-direction={sort.direction}
          aria-label={`${t('sort.direction')}: ${t(`sort.${sort.direction}`)}`}
          title={t(`sort.${nextDirection}`)}
          onClick={() => setSort({ ...sort, direction: nextDirection })}
        >
          <span aria-hidden="true">{sort.direction === 'asc' ? '↑' : '↓'}</span>
        </button>
      </div>
    </div>
  );
}
