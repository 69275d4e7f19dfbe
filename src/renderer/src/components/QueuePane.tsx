import { useTranslation } from 'react-i18next';
import { FilterBar } from './FilterBar';
import { QueueList } from './QueueList';
import { QueueToolbar } from './QueueToolbar';

export function QueuePane() {
  const { t } = useTranslation();
  return (
    <section className="queue" aria-label={t('queue.label')}>
      <QueueToolbar />
      <FilterBar />
      <QueueList />
    </section>
  );
}
