import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ProblemSummary } from '../../../../shared/api/workflow-schemas';
import { useAction } from '../../hooks/use-action';
import { useApi } from '../../hooks/use-api';
import { useDebouncedValue } from '../../hooks/use-debounced-value';
import { translateError } from '../../i18n/translate-error';
import { useAppStore } from '../../store/use-app-store';

/** An incident's problem: the linked one (unlink), or a search to link one. */
export function ProblemLinker({ incidentId, problemId }: { incidentId: string; problemId: string | null }) {
  const { t } = useTranslation();
  const api = useApi();
  const link = useAppStore((s) => s.linkProblem);
  const unlink = useAppStore((s) => s.unlinkProblem);
  const action = useAction();
  const [linked, setLinked] = useState<ProblemSummary | null>(null);
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<ProblemSummary[]>([]);
  const [searching, setSearching] = useState(false);
  const debounced = useDebouncedValue(query, 150);

  useEffect(() => {
    let live = true;
    if (problemId) void api.invoke('problems.get', { problemId }).then((p) => live && setLinked(p), () => live && setLinked(null));
    return () => {
      live = false;
    };
  }, [api, problemId]);
  useEffect(() => {
    let live = true;
    if (searching) void api.invoke('problems.list', { query: debounced, limit: 8 }).then((list) => live && setFound(list.filter((p) => p.status !== 'closed' && p.status !== 'cancelled')));
    return () => {
      live = false;
    };
  }, [api, debounced, searching]);

  if (problemId) {
    const shown = linked?.id === problemId ? linked : null;
    return (
      <div className="problem-link" data-testid="problem-linked" data-problem-id={problemId}>
        <span>{t('wf.problem.linked', { number: shown?.displayNumber ?? '…', title: shown?.title ?? '' })}</span>
        <button type="button" className="btn btn--small btn--ghost" data-testid="problem-unlink" disabled={action.pending} onClick={() => void action.run(() => unlink(problemId, incidentId))}>
          {t('wf.problem.unlink')}
        </button>
        {action.error && <p className="action__error" role="alert">{translateError(t, action.error)}</p>}
      </div>
    );
  }
  return (
    <div className="problem-link">
      {!searching ? (
        <button type="button" className="btn btn--small" data-testid="problem-link-open" onClick={() => setSearching(true)}>
          {t('wf.problem.link')}
        </button>
      ) : (
        <>
          <input className="input" data-testid="problem-link-search" autoFocus placeholder={t('wf.problem.search')} aria-label={t('wf.problem.search')} value={query} onChange={(e) => setQuery(e.target.value)} />
          {found.length === 0 && <p className="muted">{t('wf.problem.noProblems')}</p>}
          <ul className="incident-search__hits">
            {found.map((p) => (
              <li key={p.id}>
                <button type="button" className="btn btn--link" data-testid="problem-link-hit" onClick={() => void action.run(() => link(p.id, incidentId))}>
                  <span className="mono">{p.displayNumber}</span> {p.title} {p.knownError && <span className="tag">{t('wf.problem.knownError')}</span>}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {action.error && <p className="action__error" role="alert">{translateError(t, action.error)}</p>}
    </div>
  );
}
