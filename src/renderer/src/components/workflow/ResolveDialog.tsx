import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { activeResolutionCodes } from '../../../../shared/workflow/resolution-codes';
import { SOLUTION_MAX } from '../../../../shared/sync/mutators/ticket-resolve';
import { useAction } from '../../hooks/use-action';
import { useDocumentationTimer } from '../../hooks/use-documentation-timer';
import { translateError } from '../../i18n/translate-error';
import type { ResolveDraft } from '../../store/workflow-slice';
import { useAppStore } from '../../store/use-app-store';
import { Modal } from '../Modal';

/** Resolution code, solution text and the first-contact statement; the ticket then waits for the requester. */
export function ResolveDialog({ draft, ticketId }: { draft: ResolveDraft; ticketId: string }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.session.language);
  const codes = useAppStore((s) => s.workflow.codes);
  const close = useAppStore((s) => s.closeWorkflowDialog);
  const resolve = useAppStore((s) => s.resolveTicket);
  const action = useAction();
  const timing = useDocumentationTimer(ticketId);
  const [code, setCode] = useState(draft.resolutionCode ?? '');
  const [solution, setSolution] = useState(draft.solution);
  const [firstContact, setFirstContact] = useState(draft.firstContact);
  const [tried, setTried] = useState(false);
  const missingCode = code === '';
  const missingSolution = solution.trim() === '';

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setTried(true);
    if (missingCode || missingSolution) return;
    void action.run(() => resolve({ resolutionCode: code, solution: solution.trim(), firstContact }));
  };

  return (
    <Modal title={t('wf.resolve.title')} onClose={close} testId="resolve-dialog">
      <form className="form" noValidate onSubmit={submit}>
        <label className="field">
          <span className="field__label">{t('wf.resolve.code')}</span>
          <select className="select" data-testid="resolve-code" value={code} aria-invalid={tried && missingCode} onChange={(e) => setCode(e.target.value)}>
            <option value="">{t('wf.resolve.chooseCode')}</option>
            {activeResolutionCodes(codes).map((c) => (
              <option key={c.code} value={c.code}>
                {c.label[language]}
              </option>
            ))}
          </select>
          {tried && missingCode && <span className="field__error">{t('wf.resolve.needCode')}</span>}
        </label>
        <label className="field">
          <span className="field__label">{t('wf.resolve.solution')}</span>
          <textarea
            className="textarea"
            data-testid="resolve-solution"
            rows={5}
            maxLength={SOLUTION_MAX}
            value={solution}
            aria-invalid={tried && missingSolution}
            onChange={(e) => setSolution(e.target.value)}
            {...timing}
          />
          <span className="muted">{t('wf.resolve.solutionHint')}</span>
          {tried && missingSolution && <span className="field__error">{t('wf.resolve.needSolution')}</span>}
        </label>
        <label className="checkbox">
          <input type="checkbox" data-testid="resolve-first-contact" checked={firstContact} onChange={(e) => setFirstContact(e.target.checked)} />
          {t('wf.resolve.firstContact')}
        </label>
        {action.error && (
          <p className="banner banner--error" role="alert">
            {translateError(t, action.error)}
          </p>
        )}
        <footer className="form__actions">
          <button type="button" className="btn btn--ghost" onClick={close}>
            {t('wf.resolve.cancel')}
          </button>
          <button type="submit" className="btn btn--primary" data-testid="resolve-submit" disabled={action.pending}>
            {action.pending ? t('wf.resolve.submitting') : t('wf.resolve.submit')}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
