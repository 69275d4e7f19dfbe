import { MesaError } from '../../errors';
import type {
  ChecklistAnswer,
  ChecklistOutcome,
  ChecklistPosition,
  ChecklistStep,
  ChecklistTemplate,
} from './checklist-schema';
import { sortedRanges } from './checklist-branches';

export const TEXT_ANSWER_MAX = 2000;

export interface ChecklistAnswerRecord {
  stepId: string;
  answer: ChecklistAnswer;
}

/**
 * A run of one template version on one ticket. `answers` is the current path (an answer to an
 * earlier step rewinds it); `position` is the step waiting for an answer or the outcome reached.
 */
export interface ChecklistRun {
  runId: string;
  templateId: string;
  templateVersion: number;
  answers: ChecklistAnswerRecord[];
  position: ChecklistPosition;
}

export function findStep(template: ChecklistTemplate, id: string): ChecklistStep | undefined {
  return template.steps.find((s) => s.id === id);
}

export function findOutcome(template: ChecklistTemplate, id: string): ChecklistOutcome | undefined {
  return template.outcomes.find((o) => o.id === id);
}

function positionOf(template: ChecklistTemplate, id: string): ChecklistPosition {
  if (findStep(template, id)) return { type: 'step', id };
  if (findOutcome(template, id)) return { type: 'outcome', id };
  // Only reachable with a template that skipped validation.
  throw new MesaError('checklist.unknown_step', { stepId: id });
}

export function startRun(template: ChecklistTemplate, runId: string): ChecklistRun {
  return {
    runId,
    templateId: template.id,
    templateVersion: template.version,
    answers: [],
    position: positionOf(template, template.start),
  };
}

function invalid(step: ChecklistStep): never {
  throw new MesaError('checklist.invalid_answer', { stepId: step.id, kind: step.kind });
}

/** Checks the answer fits the step and returns the id of the node it leads to. */
export function nextNodeFor(step: ChecklistStep, answer: ChecklistAnswer): string {
  let target: string | undefined;
  switch (step.kind) {
    case 'yes_no':
      if (typeof answer !== 'boolean') invalid(step);
      target = answer ? step.onYes : step.onNo;
      break;
    case 'check':
      if (typeof answer !== 'boolean') invalid(step);
      target = answer ? step.onPass : step.onFail;
      break;
    case 'choice': {
      const option = step.options.find((o) => o.id === answer);
      if (!option) invalid(step);
      target = option.next ?? step.next;
      break;
    }
    case 'number': {
      if (typeof answer !== 'number' || !Number.isFinite(answer)) invalid(step);
      if ((step.min !== undefined && answer < step.min) || (step.max !== undefined && answer > step.max)) invalid(step);
      if (step.integer && !Number.isInteger(answer)) invalid(step);
      const range = sortedRanges(step).find((r) => answer >= (r.min ?? -Infinity) && answer < (r.max ?? Infinity));
      target = range ? range.next : step.next;
      break;
    }
    case 'text':
      if (typeof answer !== 'string' || answer.trim() === '' || answer.length > TEXT_ANSWER_MAX) invalid(step);
      target = step.next;
      break;
    case 'instruction':
      if (answer !== true) invalid(step);
      target = step.next;
      break;
  }
  if (target === undefined) throw new MesaError('checklist.unknown_step', { stepId: step.id });
  return target;
}

/**
 * Answers `stepId`: the current step, or a step answered earlier on the path (the agent goes back and
 * changes an answer, which drops everything after it). Pure: returns the new run.
 */
export function answerStep(
  run: ChecklistRun,
  template: ChecklistTemplate,
  stepId: string,
  answer: ChecklistAnswer,
): ChecklistRun {
  if (template.id !== run.templateId || template.version !== run.templateVersion) {
    throw new MesaError('checklist.wrong_template_version', {
      runId: run.runId,
      templateVersion: run.templateVersion,
      given: template.version,
    });
  }
  const step = findStep(template, stepId);
  if (!step) throw new MesaError('checklist.unknown_step', { stepId });
  const earlier = run.answers.findIndex((a) => a.stepId === stepId);
  const isCurrent = run.position.type === 'step' && run.position.id === stepId;
  if (earlier < 0 && !isCurrent) {
    throw new MesaError('checklist.step_not_current', {
      stepId,
      currentStepId: run.position.type === 'step' ? run.position.id : null,
    });
  }
  const path = earlier < 0 ? run.answers : run.answers.slice(0, earlier);
  const next = nextNodeFor(step, answer);
  return { ...run, answers: [...path, { stepId, answer }], position: positionOf(template, next) };
}

/** Rebuilds a run from its recorded answers, in the order they were given (resume after a pause). */
export function resumeRun(
  template: ChecklistTemplate,
  runId: string,
  recorded: readonly ChecklistAnswerRecord[],
): ChecklistRun {
  let run = startRun(template, runId);
  for (const r of recorded) run = answerStep(run, template, r.stepId, r.answer);
  return run;
}

export function currentStep(run: ChecklistRun, template: ChecklistTemplate): ChecklistStep | null {
  return run.position.type === 'step' ? (findStep(template, run.position.id) ?? null) : null;
}

export function reachedOutcome(run: ChecklistRun, template: ChecklistTemplate): ChecklistOutcome | null {
  return run.position.type === 'outcome' ? (findOutcome(template, run.position.id) ?? null) : null;
}

export function isRunComplete(run: ChecklistRun): boolean {
  return run.position.type === 'outcome';
}
