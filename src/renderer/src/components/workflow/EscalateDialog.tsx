import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { LEVELS, type Level } from '../../../../shared/domain/ticket-enums';
import { useAction } from '../../hooks/use-action';
import { useReference } from '../../hooks/use-reference';
import { translateError } from '../../i18n/translate-error';
import type { EscalateDraft } from '../../store/workflow-slice';
import { useAppStore } from '../../store/use-app-store';
import { Modal } from '../Modal';
import { useEscalationContext } from './use-escalation-context';

/** Functional (group/level) or hierarchical (supervisor) escalation; the reason is mandatory. */
export function EscalateDialog({ draft, ticketId }: { draft: EscalateDraft; ticketId: string }) {
  const { t } = useTranslation();
  const reference = useReference();
  const close = useAppStore((s) => s.closeWorkflowDialog);
  const escalate = useAppStore((s) => s.escalateTicket);
  const action = useAction();
  const { context, sla } = useEscalationContext(ticketId);
  const [kind, setKind] = useState(draft.kind);
  // null until the agent picks one: the suggestion (checklist outcome or category) shows meanwhile.
  const [pickedGroup, setGroupId] = useState<string | null>(draft.toGroupId);
  const groupId = pickedGroup ?? context?.suggestedGroupId ?? '';
  const [level, setLevel] = useState<Level | ''>(draft.toLevel ?? '');
  const [reason, setReason] = useState(draft.reason);
  const [tried, setTried] = useState(false);

  const slaLine = sla?.targets
    .filter((x) => x.applicable)
    .map((x) => `${t(`slaTarget.${x.target}`)}: ${t(`slaUi.state.${x.state}`)}`)
    .join(' · ');
  const needReason = reason.trim() === '';
  const needGroup = kind === 'functional' && groupId === '' && level === '';

  const submit = (e: FormEvent): void => {
    e.preventDefault();
    setTried(true);
    if (needReason || needGroup) return;
    const kindLabel = t(`wf.escalate.${kind}`);
    const note = [
      t('wf.escalate.noteTitle', { kind: kindLabel, reason: reason.trim() }),
      context?.checklistText ?? null,
      slaLine ? t('wf.escalate.noteSla', { state: slaLine }) : null,
    ]
      .filter(Boolean)
      .join('\n\n');
    void action.run(() =>
      escalate({ kind, toGroupId: groupId || null, toLevel: level || null, reason: reason.trim() }, note),
    );
  };

  return (
    <Modal title={t('wf.escalate.title')} onClose={close} testId="escalate-dialog" className="modal--wide">
      <form className="form" noValidate onSubmit={submit}>
        <fieldset className="field">
          <legend className="field__label">{t('wf.escalate.kind')}</legend>
          {(['functional', 'hierarchical'] as const).map((k) => (
            <label key={k} className="checkbox">
              <input type="radio" name="escalation-kind" data-testid={`escalate-kind-${k}`} checked={kind === k} onChange={() => setKind(k)} />
              {t(`wf.escalate.${k}`)}
            </label>
          ))}
        </fieldset>
        {kind === 'functional' && (
          <div className="form__grid">
            <label className="field">
              <span className="field__label">{t('wf.escalate.group')}</span>
              <select className="select" data-testid="escalate-group" value={groupId} onChange={(e) => setGroupId(e.target.value)}>
                <option value="">{t('wf.escalate.chooseGroup')}</option>
                {(reference?.groups ?? []).map((g) => (
                  <option key={g.id} value={g.id}>
                    {g.name} ({g.level})
                  </option>
                ))}
              </select>
            </label>
            <label className="field">
              <span className="field__label">{t('wf.escalate.level')}</span>
              <select className="select" data-testid="escalate-level" value={level} onChange={(e) => setLevel(e.target.value as Level | '')}>
                <option value="">{t('wf.escalate.keepLevel')}</option>
                {LEVELS.map((l) => (
                  <option key={l} value={l}>
                    {l}
                  </option>
                ))}
              </select>
            </label>
            {tried && needGroup && <p className="field__error span-2">{t('wf.escalate.needGroup')}</p>}
          </div>
        )}
        <label className="field">
          <span className="field__label">{t('wf.escalate.reason')}</span>
          <textarea className="textarea" data-testid="escalate-reason" rows={3} maxLength={2000} value={reason} aria-invalid={tried && needReason} onChange={(e) => setReason(e.target.value)} />
          {tried && needReason && <span className="field__error" data-testid="escalate-reason-error">{t('wf.escalate.needReason')}</span>}
        </label>
        <section className="escalate__attached" data-testid="escalate-attached">
          <h3 className="field__label">{t('wf.escalate.attached')}</h3>
          <pre className="escalate__summary" data-testid="escalate-checklist">{context?.checklistText ?? t('wf.escalate.noChecklist')}</pre>
          <p data-testid="escalate-sla">
            <span className="field__label">{t('wf.escalate.slaState')}:</span> {slaLine || t('wf.escalate.noSla')}
          </p>
        </section>
        {action.error && (
          <p className="banner banner--error" role="alert">
            {translateError(t, action.error)}
          </p>
        )}
        <footer className="form__actions">
          <button type="button" className="btn btn--ghost" onClick={close}>
            {t('wf.escalate.cancel')}
          </button>
          <button type="submit" className="btn btn--primary" data-testid="escalate-submit" disabled={action.pending}>
            {action.pending ? t('wf.escalate.submitting') : t('wf.escalate.submit')}
          </button>
        </footer>
      </form>
    </Modal>
  );
}
