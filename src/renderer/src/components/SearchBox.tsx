import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { useAppStore } from '../store/use-app-store';
import { PriorityBadge } from './PriorityBadge';

/** Full-text search over the local index (`ticket.search`); picking a hit opens the ticket. */
export function SearchBox() {
  const { t } = useTranslation();
  const inputRef = useRef<HTMLInputElement>(null);
  const listId = useId();
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const search = useAppStore((s) => s.ui.search);
  const focusTick = useAppStore((s) => s.ui.focusSearchTick);
  const setQuery = useAppStore((s) => s.setSearchQuery);
  const runSearch = useAppStore((s) => s.runSearch);
  const openTicket = useAppStore((s) => s.openTicket);
  const debounced = useDebouncedValue(search.query, 200);

  useEffect(() => {
    void runSearch(debounced);
  }, [debounced, runSearch]);

  useEffect(() => {
    if (focusTick === 0) return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [focusTick]);

  const showList = open && search.query.trim() !== '';
  const choose = (id: string): void => {
    setOpen(false);
    setActive(-1);
    void openTicket(id);
  };

  return (
    <div className="search" onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setOpen(false)}>
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        {t('search.label')}
      </label>
      <input
        id={`${listId}-input`}
        ref={inputRef}
        type="search"
        className="input search__input"
        data-testid="search-input"
        placeholder={t('search.placeholder')}
        role="combobox"
        aria-expanded={showList}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={showList && active >= 0 ? `${listId}-${active}` : undefined}
        autoComplete="off"
        value={search.query}
        onFocus={() => setOpen(true)}
        onChange={(e) => {
          setQuery(e.target.value);
          setOpen(true);
          setActive(-1);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.preventDefault();
            setOpen(false);
            inputRef.current?.blur();
          } else if (e.key === 'ArrowDown') {
            e.preventDefault();
            setActive((i) => Math.min(i + 1, search.hits.length - 1));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === 'Enter') {
            const hit = search.hits[active] ?? search.hits[0];
            if (hit) choose(hit.id);
          }
        }}
      />
      {showList && (
        <ul className="search__results" id={listId} role="listbox" aria-label={t('search.results')}>
          {search.loading && search.hits.length === 0 && (
            <li className="search__status">{t('search.searching')}</li>
          )}
          {!search.loading && search.answered !== '' && search.hits.length === 0 && (
            <li className="search__status">{t('search.noResults')}</li>
          )}
          {search.hits.map((hit, i) => (
            <li
              key={hit.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`search__hit${i === active ? ' search__hit--active' : ''}`}
              data-testid="search-result"
              data-ticket-id={hit.id}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(hit.id)}
            >
              <div className="search__hit-head">
                <span className="mono">{hit.displayNumber}</span>
                <PriorityBadge priority={hit.priority} />
                <span className="search__hit-title">{hit.title}</span>
              </div>
              <div className="search__snippet">{hit.snippet}</div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
