import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueRow } from '../../../shared/api/queue-schemas';
import type { Language } from '../../../shared/domain/localized-text';
import { ageParts, formatDateTime, formatDue } from '../lib/format';
import { ChannelIcon } from './ChannelIcon';
import { PriorityBadge } from './PriorityBadge';
import { StatusPill } from './StatusPill';

interface Props {
  row: QueueRow;
  index: number;
  selected: boolean;
  categoryPath: string | null;
  organizationName: string;
  now: number;
  language: Language;
  onSelect(index: number): void;
}

/** One queue row (fixed height, two lines); a button so it is reachable and operable by keyboard. */
export const QueueRowView = memo(function QueueRowView(props: Props) {
  const { row, index, selected, categoryPath, organizationName, now, language, onSelect } = props;
  const { t } = useTranslation();
  const age = ageParts(row.createdAt, now);
  const overdue = row.slaDueAt !== null && Date.parse(row.slaDueAt) < now;
  return (
    <button
      type="button"
      className={`row${selected ? ' row--selected' : ''}`}
      data-testid="queue-row"
      data-ticket-id={row.id}
      aria-current={selected ? 'true' : undefined}
      aria-label={t('queue.rowLabel', { number: row.displayNumber, title: row.title })}
      onClick={() => onSelect(index)}
    >
      <span className="row__line">
        <span className="row__number mono">{row.displayNumber}</span>
        <PriorityBadge priority={row.priority} />
        <span className="row__title">{row.title}</span>
        <span className="row__age muted" title={formatDateTime(row.createdAt, language)}>
          {'n' in age ? t(age.key, { n: age.n }) : t(age.key)}
        </span>
      </span>
      <span className="row__line row__line--meta">
        <StatusPill status={row.status} />
        <span className="row__channel" title={t(`channel.${row.channel}`)}>
          <ChannelIcon channel={row.channel} />
          {t(`channel.${row.channel}`)}
        </span>
        <span className="row__category">{categoryPath ?? t('queue.uncategorized')}</span>
        <span className="row__requester">{row.requesterName}</span>
        <span className="row__org muted">{organizationName}</span>
        <span
          className={`row__sla${overdue ? ' row__sla--overdue' : ''}`}
          title={row.slaDueAt ? formatDateTime(row.slaDueAt, language) : undefined}
        >
          {row.slaDueAt &&
            t(overdue ? 'queue.slaOverdue' : 'queue.slaDue', {
              time: formatDue(row.slaDueAt, language, now),
            })}
        </span>
      </span>
    </button>
  );
});

export function QueueRowPlaceholder() {
  return (
    <div className="row row--placeholder" data-testid="queue-row-placeholder" aria-hidden="true">
      <span className="row__line">
        <span className="skeleton skeleton--short" />
        <span className="skeleton skeleton--long" />
      </span>
      <span className="row__line">
        <span className="skeleton skeleton--mid" />
      </span>
    </div>
  );
}
