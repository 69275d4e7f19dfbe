import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/localized-text';
import type { ChecklistAnswer, ChecklistStep } from '../../../../shared/workflow/checklist/checklist-schema';

interface Props {
  step: ChecklistStep;
  language: Language;
  onAnswer(answer: ChecklistAnswer): void;
}

/** The answer controls of one step; keys are handled by the runner, clicks here. */
export function ChecklistStepInput({ step, language, onAnswer }: Props) {
  const { t } = useTranslation();
  const [value, setValue] = useState('');
  const inputRef = useRef<HTMLInputElement>(null);
  // Mounted per step (keyed by the runner), so the value starts empty for each one.
  useEffect(() => {
    inputRef.current?.focus();
  }, []);

  switch (step.kind) {
    case 'yes_no':
    case 'check': {
      const [yes, no] = step.kind === 'yes_no' ? [t('workflow.checklist.yes'), t('workflow.checklist.no')] : [t('workflow.checklist.pass'), t('workflow.checklist.fail')];
      return (
        <div className="runner__choices">
          <button type="button" className="btn" data-testid="answer-yes" onClick={() => onAnswer(true)}>
            <kbd>{t('wf.checklist.keyYes')}</kbd> {yes}
          </button>
          <button type="button" className="btn" data-testid="answer-no" onClick={() => onAnswer(false)}>
            <kbd>{t('wf.checklist.keyNo')}</kbd> {no}
          </button>
        </div>
      );
    }
    case 'choice':
      return (
        <ol className="runner__choices runner__choices--list">
          {step.options.map((o, i) => (
            <li key={o.id}>
              <button type="button" className="btn" data-testid={`answer-option-${o.id}`} onClick={() => onAnswer(o.id)}>
                <kbd>{i + 1}</kbd> {o.label[language]}
              </button>
            </li>
          ))}
        </ol>
      );
    case 'instruction':
      return (
        <button type="button" className="btn btn--primary" data-testid="answer-done" onClick={() => onAnswer(true)}>
          <kbd>↵</kbd> {t('workflow.checklist.done')}
        </button>
      );
    case 'number':
    case 'text':
      return (
        <form
          className="runner__input"
          onSubmit={(e) => {
            e.preventDefault();
            const trimmed = value.trim();
            if (trimmed === '') return;
            if (step.kind === 'text') onAnswer(trimmed);
            else if (Number.isFinite(Number(trimmed))) onAnswer(Number(trimmed));
          }}
        >
          <input
            ref={inputRef}
            className="input"
            data-testid="answer-input"
            inputMode={step.kind === 'number' ? 'decimal' : 'text'}
            placeholder={step.kind === 'number' && step.unit ? step.unit[language] : t('wf.checklist.answerPlaceholder')}
            value={value}
            onChange={(e) => setValue(e.target.value)}
          />
          <button type="submit" className="btn btn--primary" data-testid="answer-submit">
            {t('wf.checklist.submitAnswer')}
          </button>
        </form>
      );
  }
}
