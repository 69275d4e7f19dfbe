import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { normalizeForMatch } from '../../../shared/domain/category';

export interface Option<V extends string> {
  value: V;
  label: string;
}

interface Props<V extends string> {
  name: string;
  label: string;
  options: readonly Option<V>[];
  selected: readonly V[];
  onChange(values: V[]): void;
}

/** A filter dropdown: a button opening a checkbox list (searchable when long). */
export function MultiSelect<V extends string>({ name, label, options, selected, onChange }: Props<V>) {
  const { t } = useTranslation();
  const id = useId();
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState('');
  const searchable = options.length > 8;
  const visible = useMemo(() => {
    const q = normalizeForMatch(query.trim());
    return q ? options.filter((o) => normalizeForMatch(o.label).includes(q)) : options;
  }, [options, query]);

  const toggle = (value: V): void => {
    onChange(selected.includes(value) ? selected.filter((v) => v !== value) : [...selected, value]);
  };

  return (
    <div
      className="multiselect"
      onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setOpen(false)}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && open) {
          e.stopPropagation();
          setOpen(false);
        }
      }}
    >
      <button
        type="button"
        className={`chip-button${selected.length ? ' chip-button--active' : ''}`}
        data-testid={`filter-${name}`}
        aria-expanded={open}
        aria-controls={id}
        onClick={() => setOpen((o) => !o)}
      >
        {selected.length ? t('filters.selectedCount', { label, n: selected.length }) : label}
        <span aria-hidden="true" className="chip-button__caret">
          ▾
        </span>
      </button>
      {open && (
        <div className="multiselect__popover" id={id} role="group" aria-label={label}>
          {searchable && (
            <input
              type="search"
              className="input input--small"
              placeholder={t('filters.searchOptions')}
              aria-label={t('filters.searchOptions')}
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              autoFocus
            />
          )}
          <ul className="multiselect__list">
            {visible.length === 0 && <li className="muted">{t('filters.noOptions')}</li>}
            {visible.map((o) => (
              <li key={o.value}>
                <label className="multiselect__option">
                  <input
                    type="checkbox"
                    checked={selected.includes(o.value)}
                    onChange={() => toggle(o.value)}
                    data-testid={`filter-${name}-option`}
                    data-value={o.value}
                  />
                  <span>{o.label}</span>
                </label>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
