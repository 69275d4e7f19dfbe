import { useTranslation } from 'react-i18next';
import { suggestOutcomeAction } from '../../../../shared/workflow/checklist/outcome-actions';
import { useAction } from '../../hooks/use-action';
import { useReference } from '../../hooks/use-reference';
import { translateError } from '../../i18n/translate-error';
import type { ActiveRun } from '../../store/checklist-slice';
import { useAppStore } from '../../store/use-app-store';

/** Where the run ended, with the proposed action ready: the agent confirms it in its dialog. */
export function OutcomeStep({ active }: { active: ActiveRun }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.session.language);
  const ticketId = useAppStore((s) => s.ticket.detail?.ticket.id ?? '');
  const view = useAppStore((s) => s.checklist.runs.find((r) => r.runId === active.run.runId));
  const open = useAppStore((s) => s.openWorkflowDialog);
  const askRequester = useAppStore((s) => s.askRequester);
  const reference = useReference();
  const ask = useAction();
  const firstContact = view?.outcomeAction?.kind === 'resolve' ? view.outcomeAction.args.firstContact : true;
  const action = suggestOutcomeAction(active.run, active.template, ticketId, language, firstContact);
  if (!action) return null;

  return (
    <div className={`runner__outcome runner__outcome--${action.kind}`} data-testid="checklist-outcome" data-outcome={action.kind}>
      <p className="runner__progress muted">{t('wf.outcome.title')}</p>
      {action.kind === 'resolve' && (
        <>
          <p className="runner__text">{t('wf.outcome.resolved')}</p>
          <p className="runner__help">{action.args.solution}</p>
          <button
            type="button"
            className="btn btn--primary"
            data-testid="outcome-resolve"
            autoFocus
            onClick={() => open({ name: 'resolve', draft: { ...action.args } })}
          >
            {t('wf.outcome.doResolve')}
          </button>
        </>
      )}
      {action.kind === 'escalate' && (
        <>
          <p className="runner__text">
            {t('wf.outcome.escalate', { group: reference?.groupsById.get(action.args.toGroupId)?.name ?? action.args.toGroupId })}
          </p>
          <p className="runner__help">{action.args.reason}</p>
          <button
            type="button"
            className="btn btn--primary"
            data-testid="outcome-escalate"
            autoFocus
            onClick={() =>
              open({ name: 'escalate', draft: { kind: 'functional', toGroupId: action.args.toGroupId, toLevel: null, reason: action.args.reason } })
            }
          >
            {t('wf.outcome.doEscalate')}
          </button>
        </>
      )}
      {action.kind === 'ask_requester' && (
        <>
          <p className="runner__text">{t('wf.outcome.ask_requester')}</p>
          <p className="runner__help">{action.message}</p>
          <button
            type="button"
            className="btn btn--primary"
            data-testid="outcome-ask"
            disabled={ask.pending}
            onClick={() => void ask.run(() => askRequester(action.message))}
          >
            {t('wf.outcome.doAsk')}
          </button>
        </>
      )}
      {ask.error && (
        <p className="action__error" role="alert">
          {translateError(t, ask.error)}
        </p>
      )}
    </div>
  );
}
