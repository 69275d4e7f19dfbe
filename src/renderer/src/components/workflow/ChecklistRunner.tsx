import { useEffect, useRef, type KeyboardEvent, type ReactNode } from 'react';
import type { ChecklistAnswer } from '../../../../shared/workflow/checklist/checklist-schema';
import { useTranslation } from 'react-i18next';
import { currentStep, findStep } from '../../../../shared/workflow/checklist/checklist-runner';
import { formatAnswer } from '../../../../shared/workflow/checklist/checklist-summary';
import type { ActiveRun } from '../../store/checklist-slice';
import { useAppStore } from '../../store/use-app-store';
import { ChecklistStepInput } from './ChecklistStepInput';
import { keysHintKey, runnerKeyAction } from './checklist-keys';
import { OutcomeStep } from './OutcomeStep';

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement;
}

/**
 * What a run on screen does with the agent's keys. Default: the ticket's run in the store (recorded);
 * the checklist editor's preview passes its own, which write nothing.
 */
export interface RunnerControls {
  answer(answer: ChecklistAnswer): void;
  back(): void;
  pause(): void;
  /** Shown instead of the ticket's outcome actions. */
  outcome?: ReactNode;
}

/** One run on screen: the path answered so far, then the step waiting (or the outcome), keyboard first. */
export function ChecklistRunner({ active, controls }: { active: ActiveRun; controls?: RunnerControls }) {
  const { t } = useTranslation();
  const language = useAppStore((s) => s.session.language);
  const storeAnswer = useAppStore((s) => s.answerChecklist);
  const storeBack = useAppStore((s) => s.checklistBack);
  const storePause = useAppStore((s) => s.pauseChecklist);
  const answer = controls?.answer ?? storeAnswer;
  const back = controls?.back ?? storeBack;
  const pause = controls?.pause ?? storePause;
  const ref = useRef<HTMLDivElement>(null);
  const { run, template, reviewIndex } = active;
  const reviewing = reviewIndex !== null ? run.answers[reviewIndex] : undefined;
  const step = reviewing ? (findStep(template, reviewing.stepId) ?? null) : currentStep(run, template);
  const path = reviewIndex !== null ? run.answers.slice(0, reviewIndex) : run.answers;

  useEffect(() => {
    // Keep the step being asked in view (the detail pane scrolls), and the keys on the runner.
    ref.current?.querySelector('.runner__step, .runner__outcome')?.scrollIntoView({ block: 'nearest' });
    if (!ref.current?.contains(document.activeElement)) ref.current?.focus({ preventScroll: true });
  }, [step?.id, run.position.id]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>): void => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const action = runnerKeyAction(step, e.key, isTyping(e.target));
    if (!action) return;
    e.preventDefault();
    e.stopPropagation();
    if (action.kind === 'answer') answer(action.answer);
    else if (action.kind === 'back') back();
    else pause();
  };

  return (
    <div
      ref={ref}
      className="runner"
      tabIndex={0}
      data-testid="checklist-runner"
      data-run-id={run.runId}
      aria-label={template.title[language]}
      onKeyDown={onKeyDown}
    >
      <div className="runner__head">
        <strong>{template.title[language]}</strong>
        <span className="muted">v{template.version}</span>
        <button type="button" className="btn btn--small btn--ghost" data-testid="checklist-back" disabled={run.answers.length === 0} onClick={back}>
          ← {t('wf.checklist.back')}
        </button>
        <button type="button" className="btn btn--small btn--ghost" data-testid="checklist-pause" onClick={pause}>
          {t('wf.checklist.pause')}
        </button>
      </div>
      <ol className="runner__path">
        {path.map((a) => {
          const s = findStep(template, a.stepId);
          return s ? (
            <li key={a.stepId} data-testid="checklist-answered" data-step-id={a.stepId}>
              <span className="runner__prompt">{s.text[language]}</span>
              <span className="runner__answer">{formatAnswer(s, a.answer, language)}</span>
            </li>
          ) : null;
        })}
      </ol>
      {step ? (
        <div className="runner__step" data-testid="checklist-step" data-step-id={step.id} data-kind={step.kind}>
          <p className="runner__progress muted">{t('wf.checklist.progress', { n: path.length + 1 })}</p>
          <p className="runner__text">{step.text[language]}</p>
          {step.help && <p className="runner__help muted">{step.help[language]}</p>}
          {reviewing && <p className="runner__rewind">{t('wf.checklist.rewindHint')}</p>}
          <ChecklistStepInput key={`${step.id}-${path.length}`} step={step} language={language} onAnswer={answer} />
          <p className="runner__keys muted">
            {t(keysHintKey(step) as 'wf.checklist.keysInput')} · {t('wf.checklist.keysGeneral')}
          </p>
        </div>
      ) : (controls?.outcome ?? <OutcomeStep active={active} />)}
    </div>
  );
}
