import { useTranslation } from 'react-i18next';
import type { Priority } from '../../../shared/domain/ticket-enums';

export function PriorityBadge({ priority, long = false }: { priority: Priority; long?: boolean }) {
  const { t } = useTranslation();
  const label = t(`priority.${priority}`);
  return (
    <span className={`badge badge--${priority.toLowerCase()}`} title={label} data-priority={priority}>
      {long ? label : priority}
    </span>
  );
}
