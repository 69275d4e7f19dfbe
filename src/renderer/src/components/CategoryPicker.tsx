import { useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { searchCategories } from '../../../shared/domain/category';
import { useCategoryPath, useReference } from '../hooks/use-reference';
import { useAppStore } from '../store/use-app-store';

interface Props {
  value: string | null;
  onChange(categoryId: string | null): void;
  inputId?: string;
  invalid?: boolean;
  describedBy?: string;
  autoFocus?: boolean;
  /** data-testid prefix: `<prefix>-input`, `<prefix>-option` (the detail pane uses "recategorize"). */
  testIdPrefix?: string;
}

/** Type-ahead over the category tree: every word must match the path ("impre atasco"). */
export function CategoryPicker({
  value,
  onChange,
  inputId,
  invalid,
  describedBy,
  autoFocus,
  testIdPrefix = 'category',
}: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const reference = useReference();
  const language = useAppStore((s) => s.session.language);
  const pathOf = useCategoryPath();
  const [query, setQuery] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const editing = query !== null;
  const matches = useMemo(
    () => (editing && reference ? searchCategories(reference.categories, query, language, 30) : []),
    [editing, reference, query, language],
  );

  const choose = (id: string | null): void => {
    onChange(id);
    setQuery(null);
    setActive(0);
  };

  return (
    <div className="picker" onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setQuery(null)}>
      <div className="picker__control">
        <input
          id={inputId}
          className="input"
          data-testid={`${testIdPrefix}-input`}
          role="combobox"
          aria-expanded={editing}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
          aria-activedescendant={editing && matches[active] ? `${listId}-${active}` : undefined}
          autoComplete="off"
          autoFocus={autoFocus}
          placeholder={t('category.placeholder')}
          value={editing ? query : (pathOf(value) ?? '')}
          onFocus={(e) => e.currentTarget.select()}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={(e) => {
            if (e.key === 'ArrowDown') {
              e.preventDefault();
              if (!editing) setQuery('');
              setActive((i) => Math.min(i + 1, Math.max(matches.length - 1, 0)));
            } else if (e.key === 'ArrowUp') {
              e.preventDefault();
              setActive((i) => Math.max(i - 1, 0));
            } else if (e.key === 'Enter' && editing) {
              e.preventDefault();
              const match = matches[active];
              if (match) choose(match.id);
            } else if (e.key === 'Escape' && editing) {
              e.preventDefault();
              e.stopPropagation();
              setQuery(null);
            }
          }}
        />
        {value && (
          <button type="button" className="btn btn--ghost btn--small" onClick={() => choose(null)}>
            {t('category.clear')}
          </button>
        )}
      </div>
      {editing && (
        <ul className="picker__list" id={listId} role="listbox">
          {matches.length === 0 && <li className="picker__empty muted">{t('category.noMatches')}</li>}
          {matches.map((m, i) => (
            <li
              key={m.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`picker__option${i === active ? ' picker__option--active' : ''}`}
              data-testid={`${testIdPrefix}-option`}
              data-category-id={m.id}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(m.id)}
            >
              {m.path}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
