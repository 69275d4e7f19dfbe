import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Requester } from '../../../shared/domain/people';
import { useDebouncedValue } from '../hooks/use-debounced-value';
import { useAppStore } from '../store/use-app-store';

interface Props {
  inputId: string;
  organizationId: string;
  selected: Requester | null;
  onSelect(requester: Requester | null): void;
  invalid: boolean;
  describedBy?: string;
}

/** Requester type-ahead (`requesters.search`, narrowed to the organization when one is chosen). */
export function RequesterPicker({
  inputId,
  organizationId,
  selected,
  onSelect,
  invalid,
  describedBy,
}: Props) {
  const { t } = useTranslation();
  const listId = useId();
  const search = useAppStore((s) => s.searchRequesters);
  const showError = useAppStore((s) => s.showError);
  const [text, setText] = useState(selected?.name ?? '');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [results, setResults] = useState<Requester[]>([]);
  const query = useDebouncedValue(text, 150);

  useEffect(() => {
    if (!open) return;
    let cancelled = false;
    search(query, organizationId || null).then(
      (found) => !cancelled && setResults(found),
      (error: unknown) => !cancelled && showError(error),
    );
    return () => {
      cancelled = true;
    };
  }, [open, query, organizationId, search, showError]);

  const choose = (r: Requester): void => {
    onSelect(r);
    setText(r.name);
    setOpen(false);
  };

  return (
    <div className="picker" onBlur={(e) => !e.currentTarget.contains(e.relatedTarget) && setOpen(false)}>
      <input
        id={inputId}
        className="input"
        data-testid="field-requesterId"
        role="combobox"
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        aria-activedescendant={open && results[active] ? `${listId}-${active}` : undefined}
        autoComplete="off"
        autoFocus
        placeholder={t('newTicket.requesterPlaceholder')}
        value={text}
        onFocus={() => setOpen(true)}
        onChange={(e) => {
          setText(e.target.value);
          setOpen(true);
          setActive(0);
          if (selected) onSelect(null);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            setOpen(true);
            setActive((i) => Math.min(i + 1, Math.max(results.length - 1, 0)));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive((i) => Math.max(i - 1, 0));
          } else if (e.key === 'Enter' && open) {
            e.preventDefault();
            const r = results[active];
            if (r) choose(r);
          } else if (e.key === 'Escape' && open) {
            e.preventDefault();
            setOpen(false);
          }
        }}
      />
      {open && (
        <ul className="picker__list" id={listId} role="listbox">
          {results.length === 0 && <li className="picker__empty muted">{t('newTicket.noRequesters')}</li>}
          {results.map((r, i) => (
            <li
              key={r.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              className={`picker__option${i === active ? ' picker__option--active' : ''}`}
              data-testid="requester-option"
              data-requester-id={r.id}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(r)}
            >
              <span>{r.name}</span>
              {r.email && <span className="muted"> · {r.email}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
