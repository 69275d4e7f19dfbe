import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useChecklistEditorText } from '../../i18n/checklist-editor-text';
import { answerStep, findOutcome, startRun } from '../../../../shared/workflow/checklist/checklist-runner';
import type {
  ChecklistAnswer,
  ChecklistTemplate,
} from '../../../../shared/workflow/checklist/checklist-schema';
import type { ActiveRun } from '../../store/checklist-slice';
import { useAppStore } from '../../store/use-app-store';
import { ChecklistRunner } from '../workflow/ChecklistRunner';

const PREVIEW_RUN = 'preview';

/** The outcome a preview reached, as text: no actions, since a preview touches no ticket. */
function PreviewOutcome({ active }: { active: ActiveRun }) {
  const { t } = useTranslation();
  const ck = useChecklistEditorText();
  const language = useAppStore((s) => s.session.language);
  const outcome = findOutcome(active.template, active.run.position.id);
  if (!outcome) return null;
  const text =
    outcome.kind === 'resolved'
      ? outcome.solution
      : outcome.kind === 'escalate'
        ? outcome.reason
        : outcome.request;
  return (
    <div
      className={`runner__outcome runner__outcome--${outcome.kind}`}
      data-testid="checklist-outcome"
      data-outcome={outcome.kind}
      data-outcome-id={outcome.id}
    >
      <p className="runner__progress muted">{t('wf.outcome.title')}</p>
      <p className="runner__text">
        {ck('ckEditor.previewOutcome', { kind: ck(`ckEditor.kinds.${outcome.kind}`) })}
      </p>
      <p className="runner__help">{text[language]}</p>
    </div>
  );
}

/** Runs the template in the ticket's own runner, in memory only: nothing is recorded or saved. */
export function ChecklistPreview({
  template,
  onClose,
}: {
  template: ChecklistTemplate;
  onClose: () => void;
}) {
  const ck = useChecklistEditorText();
  const [active, setActive] = useState<ActiveRun>(() => ({
    run: startRun(template, PREVIEW_RUN),
    template,
    reviewIndex: null,
  }));
  const restart = (): void =>
    setActive({ run: startRun(template, PREVIEW_RUN), template, reviewIndex: null });

  const answer = (value: ChecklistAnswer): void =>
    setActive((a) => {
      const stepId =
        a.reviewIndex !== null
          ? a.run.answers[a.reviewIndex]?.stepId
          : a.run.position.type === 'step'
            ? a.run.position.id
            : undefined;
      if (!stepId) return a;
      try {
        return { ...a, run: answerStep(a.run, a.template, stepId, value), reviewIndex: null };
      } catch {
        return a;
      }
    });
  const back = (): void =>
    setActive((a) =>
      a.run.answers.length === 0
        ? a
        : { ...a, reviewIndex: Math.max(0, (a.reviewIndex ?? a.run.answers.length) - 1) },
    );

  return (
    <section className="ck-preview" data-testid="checklist-preview-panel" aria-label={ck('ckEditor.preview')}>
      <header className="ck-preview__head">
        <strong>{ck('ckEditor.preview')}</strong>
        <span className="muted">{ck('ckEditor.previewHint')}</span>
        <button
          type="button"
          className="btn btn--small"
          data-testid="checklist-preview-restart"
          onClick={restart}
        >
          {ck('ckEditor.previewRestart')}
        </button>
        <button
          type="button"
          className="btn btn--small btn--ghost"
          data-testid="checklist-preview-close"
          onClick={onClose}
        >
          {ck('ckEditor.previewClose')}
        </button>
      </header>
      <ChecklistRunner
        active={active}
        controls={{ answer, back, pause: onClose, outcome: <PreviewOutcome active={active} /> }}
      />
    </section>
  );
}
