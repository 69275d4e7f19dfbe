import { memo } from 'react';
import type { useTranslation } from 'react-i18next';
import type { QueueRow } from '../../../shared/api/queue-schemas';
import type { Language } from '../../../shared/domain/localized-text';
import { ageParts, formatDateTime, formatDue } from '../lib/format';
import { ChannelIcon } from './ChannelIcon';
import { SlaBadge } from './sla/SlaBadge';

interface Props {
  row: QueueRow;
  index: number;
  selected: boolean;
  categoryPath: string | null;
  organizationName: string;
  now: number;
  language: Language;
  /** The list's translator: rows subscribe to nothing themselves (a page mounts dozens of rows at once). */
  t: ReturnType<typeof useTranslation>['t'];
  onSelect(index: number): void;
}

/**
 * One queue row (fixed height, two lines); a button so it is reachable and operable by keyboard.
 * Memoized on its props: a page landing or the list scrolling re-renders only rows whose ticket
 * changed. The priority badge and status pill are the PriorityBadge / StatusPill markup, written
 * inline so a row runs no hooks.
 */
export const QueueRowView = memo(function QueueRowView(props: Props) {
  const { row, index, selected, categoryPath, organizationName, now, language, t, onSelect } = props;
  const age = ageParts(row.createdAt, now);
  const overdue = row.slaDueAt !== null && Date.parse(row.slaDueAt) < now;
  const priorityLabel = t(`priority.${row.priority}`);
  const statusLabel = t(`status.${row.status}`);
  const channelLabel = t(`channel.${row.channel}`);
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
        <span className={`badge badge--${row.priority.toLowerCase()}`} title={priorityLabel} data-priority={row.priority}>
          {row.priority}
        </span>
        <span className="row__title">{row.title}</span>
        <span className="row__age muted" title={formatDateTime(row.createdAt, language)}>
          {'n' in age ? t(age.key, { n: age.n }) : t(age.key)}
        </span>
      </span>
      <span className="row__line row__line--meta">
        <span className={`status status--${row.status}`} data-status={row.status} title={statusLabel}>
          {statusLabel}
        </span>
        <span className="row__channel" title={channelLabel}>
          <ChannelIcon channel={row.channel} />
          {channelLabel}
        </span>
        <span className="row__category">{categoryPath ?? t('queue.uncategorized')}</span>
        <span className="row__requester">{row.requesterName}</span>
        <span className="row__org muted">{organizationName}</span>
        <span
          className={`row__sla${overdue ? ' row__sla--overdue' : ''}`}
          title={row.slaDueAt ? formatDateTime(row.slaDueAt, language) : undefined}
        >
          <SlaBadge ticketId={row.id} dueAt={row.slaDueAt} status={row.status} language={language} t={t} />
          {row.slaDueAt &&
            t(overdue ? 'queue.slaOverdue' : 'queue.slaDue', {
              time: formatDue(row.slaDueAt, language, now),
            })}
        </span>
      </span>
    </button>
  );
});

/** Shown where a row's page has not landed yet (never re-renders: it has no props). */
export const QueueRowPlaceholder = memo(function QueueRowPlaceholder() {
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
});
