import { useTranslation } from 'react-i18next';
import type { Suggestions } from '../../../../shared/api/workflow-schemas';

interface Props {
  result: Suggestions | null;
  /** Offered on past resolutions when there is a ticket to resolve. */
  onApply?(index: number): void;
}

/** Similar resolved tickets (with their resolution), known errors and matching checklists. */
export function SuggestionsList({ result, onApply }: Props) {
  const { t } = useTranslation();
  if (!result) return <p className="muted">{t('wf.suggest.typeToSearch')}</p>;
  const empty = result.similar.length + result.knownErrors.length + result.checklists.length === 0;
  if (empty) return <p className="muted">{t('wf.suggest.none')}</p>;
  return (
    <div className="suggestions" data-testid="suggestions">
      {result.knownErrors.length > 0 && (
        <>
          <h4 className="field__label">{t('wf.suggest.knownErrors')}</h4>
          <ul>
            {result.knownErrors.map((k) => (
              <li key={k.problemId} data-testid="suggestion-known-error">
                <span className="mono">{k.displayNumber}</span> {k.title}
                {k.workaround && <p className="muted">{t('wf.repeat.workaround', { text: k.workaround })}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
      {result.similar.length > 0 && (
        <>
          <h4 className="field__label">{t('wf.suggest.similar')}</h4>
          <ol>
            {result.similar.map((s, i) => (
              <li key={s.ticketId} data-testid="suggestion-similar" data-ticket-id={s.ticketId}>
                <span className="mono">{s.displayNumber}</span> {s.title}
                <p className="muted">{s.resolution ? s.resolution.solution : t('wf.suggest.noResolution')}</p>
                {onApply && s.resolution && (
                  <button type="button" className="btn btn--small btn--link" data-testid="suggestion-apply" onClick={() => onApply(i)}>
                    {t('wf.suggest.apply', { n: i + 1 })}
                  </button>
                )}
              </li>
            ))}
          </ol>
        </>
      )}
      {result.checklists.length > 0 && (
        <>
          <h4 className="field__label">{t('wf.suggest.checklists')}</h4>
          <ul>
            {result.checklists.map((c) => (
              <li key={c.templateId} data-testid="suggestion-checklist">
                {c.title}
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
