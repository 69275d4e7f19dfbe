import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SearchHit } from '../../../../shared/api/queue-schemas';
import { useApi } from '../../hooks/use-api';
import { useDebouncedValue } from '../../hooks/use-debounced-value';
import type { IncidentRef } from '../../store/workflow-slice';

/** Type-ahead over the local index: incidents only, the ones already chosen left out. */
export function IncidentSearch({ exclude, onPick }: { exclude: readonly string[]; onPick(ref: IncidentRef): void }) {
  const { t } = useTranslation();
  const api = useApi();
  const [query, setQuery] = useState('');
  const [found, setHits] = useState<SearchHit[]>([]);
  const debounced = useDebouncedValue(query, 150);
  const hits = debounced.trim().length < 2 ? [] : found;
  useEffect(() => {
    let live = true;
    if (debounced.trim().length < 2) return;
    void api.invoke('ticket.search', { query: debounced.trim(), limit: 10 }).then((found) => {
      if (live) setHits(found.filter((h) => h.type === 'incident' && !exclude.includes(h.id)));
    });
    return () => {
      live = false;
    };
  }, [api, debounced, exclude]);

  return (
    <div className="incident-search">
      <input
        className="input"
        data-testid="problem-incident-search"
        placeholder={t('wf.problem.addIncident')}
        aria-label={t('wf.problem.addIncident')}
        value={query}
        onChange={(e) => setQuery(e.target.value)}
      />
      {hits.length > 0 && (
        <ul className="incident-search__hits" role="listbox">
          {hits.map((h) => (
            <li key={h.id}>
              <button
                type="button"
                className="btn btn--link"
                data-testid="problem-incident-hit"
                onClick={() => {
                  onPick({ id: h.id, displayNumber: h.displayNumber, title: h.title });
                  setQuery('');
                  setHits([]);
                }}
              >
                <span className="mono">{h.displayNumber}</span> {h.title}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
