import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RepeatWarningView } from '../../../../shared/api/workflow-schemas';
import type { TicketType } from '../../../../shared/domain/ticket-enums';
import { useApi } from '../../hooks/use-api';
import { useDebouncedValue } from '../../hooks/use-debounced-value';
import { useAppStore } from '../../store/use-app-store';
import { SuggestionsList } from './SuggestionsList';

interface Draft {
  type: TicketType;
  requesterId: string;
  categoryId: string | null;
  title: string;
  description: string;
}

interface Props {
  draft: Draft;
  linkProblemId: string | null;
  onLinkProblem(problemId: string | null): void;
}

/** Problem ids the warnings offer to link to, with their numbers. */
function linkable(w: RepeatWarningView): Array<{ id: string; displayNumber: string }> {
  if (w.rule === 'known_error') return [w.problem];
  if (w.rule === 'same_requester_category') return w.problems;
  return [];
}

/** While registering: repeated-incident warnings (with "link to problem") and suggestions. */
export function DraftAssist({ draft, linkProblemId, onLinkProblem }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const suggest = useAppStore((s) => s.suggest);
  const suggestions = useAppStore((s) => s.workflow.suggestions.result);
  const [found, setWarnings] = useState<RepeatWarningView[]>([]);
  const debounced = useDebouncedValue(draft, 200);

  useEffect(() => {
    let live = true;
    const text = `${debounced.title} ${debounced.description}`.trim();
    if (text) void suggest(text, debounced.categoryId, null).catch(() => undefined);
    if (!debounced.requesterId) return;
    void api
      .invoke('problems.repeatCheck', { ...debounced, title: debounced.title.slice(0, 500) })
      .then((w) => live && setWarnings(w))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [api, suggest, debounced]);

  const warnings = debounced.requesterId ? found : [];
  const chosen = warnings.flatMap(linkable).find((p) => p.id === linkProblemId);
  return (
    <div className="draft-assist span-2">
      {warnings.length > 0 && (
        <section className="banner banner--warning" data-testid="repeat-warnings" role="status">
          <strong>{t('wf.repeat.title')}</strong>
          <ul>
            {warnings.map((w, i) => (
              <li key={`${w.rule}-${i}`} data-testid="repeat-warning" data-rule={w.rule}>
                {w.rule === 'same_requester_category' && t('workflow.repeated.same_requester_category', { days: w.windowDays })}
                {w.rule === 'reopened' && t('workflow.repeated.reopened')}
                {w.rule === 'known_error' && t('workflow.repeated.known_error', { percent: Math.round(w.score * 100) })}
                {w.rule !== 'known_error' && (
                  <span className="muted"> {w.tickets.map((x) => x.displayNumber).join(', ')}</span>
                )}
                {w.rule === 'known_error' && w.workaround && <p className="muted">{t('wf.repeat.workaround', { text: w.workaround })}</p>}
                {linkable(w).map((p) => (
                  <button key={p.id} type="button" className="btn btn--small" data-testid="repeat-link" onClick={() => onLinkProblem(p.id)}>
                    {t('wf.repeat.linkTo', { number: p.displayNumber })}
                  </button>
                ))}
              </li>
            ))}
          </ul>
          {chosen && (
            <p data-testid="repeat-will-link">
              {t('wf.repeat.willLink', { number: chosen.displayNumber })}{' '}
              <button type="button" className="btn btn--link" onClick={() => onLinkProblem(null)}>
                {t('wf.repeat.cancelLink')}
              </button>
            </p>
          )}
        </section>
      )}
      {(draft.title.trim() || draft.description.trim()) && (
        <details className="draft-assist__suggestions" data-testid="draft-suggestions">
          <summary>{t('wf.suggest.title')}</summary>
          <SuggestionsList result={suggestions} />
        </details>
      )}
    </div>
  );
}
