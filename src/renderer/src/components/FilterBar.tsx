import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { QueueFilters } from '../../../shared/api/queue-schemas';
import { CHANNELS, PRIORITIES, TICKET_STATUSES } from '../../../shared/domain/ticket-enums';
import { useCategoryPath, useReference } from '../hooks/use-reference';
import type { FilterName } from '../store/queue-slice';
import { useAppStore } from '../store/use-app-store';
import { MultiSelect, type Option } from './MultiSelect';

/** Multi-select filters with removable chips for what is active. */
export function FilterBar() {
  const { t } = useTranslation();
  const filters = useAppStore((s) => s.queue.query.filters);
  const setFilter = useAppStore((s) => s.setFilter);
  const clearFilters = useAppStore((s) => s.clearFilters);
  const reference = useReference();
  const pathOf = useCategoryPath();

  const categoryOptions = useMemo<Option<string>[]>(
    () =>
      (reference?.categories ?? [])
        .filter((c) => c.active)
        .map((c) => ({ value: c.id, label: pathOf(c.id) ?? c.id }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [reference, pathOf],
  );
  const organizationOptions = useMemo<Option<string>[]>(
    () =>
      (reference?.organizations ?? [])
        .map((o) => ({ value: o.id, label: o.name }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [reference],
  );

  const labelOf = (name: FilterName, value: string): string => {
    switch (name) {
      case 'statuses':
        return t(`status.${value as QueueFilters['statuses'][number]}`);
      case 'priorities':
        return value;
      case 'channels':
        return t(`channel.${value as QueueFilters['channels'][number]}`);
      case 'categoryIds':
        return pathOf(value) ?? value;
      case 'organizationIds':
        return reference?.organizationsById.get(value)?.name ?? value;
    }
  };

  const active = (Object.keys(filters) as FilterName[]).flatMap((name) =>
    (filters[name] as readonly string[]).map((value) => ({ name, value })),
  );

  return (
    <div className="filters" role="group" aria-label={t('filters.label')}>
      <MultiSelect
        name="status"
        label={t('filters.status')}
        options={TICKET_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        selected={filters.statuses}
        onChange={(v) => setFilter('statuses', v)}
      />
      <MultiSelect
        name="priority"
        label={t('filters.priority')}
        options={PRIORITIES.map((p) => ({ value: p, label: t(`priority.${p}`) }))}
        selected={filters.priorities}
        onChange={(v) => setFilter('priorities', v)}
      />
      <MultiSelect
        name="category"
        label={t('filters.category')}
        options={categoryOptions}
        selected={filters.categoryIds}
        onChange={(v) => setFilter('categoryIds', v)}
      />
      <MultiSelect
        name="channel"
        label={t('filters.channel')}
        options={CHANNELS.map((c) => ({ value: c, label: t(`channel.${c}`) }))}
        selected={filters.channels}
        onChange={(v) => setFilter('channels', v)}
      />
      <MultiSelect
        name="organization"
        label={t('filters.organization')}
        options={organizationOptions}
        selected={filters.organizationIds}
        onChange={(v) => setFilter('organizationIds', v)}
      />
      {active.length > 0 && (
        <div className="filters__chips">
          {active.map(({ name, value }) => {
            const label = labelOf(name, value);
            return (
              <span key={`${name}:${value}`} className="chip">
                {label}
                <button
                  type="button"
                  className="chip__remove"
                  aria-label={t('filters.remove', { value: label })}
                  onClick={() =>
                    setFilter(name, (filters[name] as string[]).filter((v) => v !== value) as never)
                  }
                >
                  ×
                </button>
              </span>
            );
          })}
          <button type="button" className="btn btn--link btn--small" onClick={clearFilters}>
            {t('filters.clearAll')}
          </button>
        </div>
      )}
    </div>
  );
}
