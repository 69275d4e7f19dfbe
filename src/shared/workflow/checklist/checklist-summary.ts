import type { Language } from '../../domain/localized-text';
import { interpolate, workflowMessages } from '../workflow-messages';
import { currentStep, findStep, reachedOutcome, type ChecklistRun } from './checklist-runner';
import type { ChecklistAnswer, ChecklistOutcomeKind, ChecklistStep, ChecklistStepKind, ChecklistTemplate } from './checklist-schema';

export interface ChecklistSummaryEntry {
  stepId: string;
  kind: ChecklistStepKind;
  prompt: string;
  answer: ChecklistAnswer;
  answerText: string;
}

export interface ChecklistSummaryOutcome {
  id: string;
  kind: ChecklistOutcomeKind;
  /** The solution, the escalation reason or what to ask the requester. */
  text: string;
  groupId?: string;
  resolutionCode?: string;
}

/** What the next level reads first: the questions with their answers and where the run ended. */
export interface ChecklistRunSummary {
  runId: string;
  templateId: string;
  templateVersion: number;
  title: string;
  complete: boolean;
  entries: ChecklistSummaryEntry[];
  outcome: ChecklistSummaryOutcome | null;
  /** The step the run is paused at (null once complete). */
  pendingStep: { id: string; prompt: string } | null;
}

export function formatAnswer(step: ChecklistStep, answer: ChecklistAnswer, language: Language): string {
  const m = workflowMessages(language).checklist;
  switch (step.kind) {
    case 'yes_no':
      return answer ? m.yes : m.no;
    case 'check':
      return answer ? m.pass : m.fail;
    case 'instruction':
      return m.done;
    case 'choice':
      return step.options.find((o) => o.id === answer)?.label[language] ?? String(answer);
    case 'number':
      return step.unit ? `${String(answer)} ${step.unit[language]}` : String(answer);
    case 'text':
      return String(answer);
  }
}

export function summarizeRun(run: ChecklistRun, template: ChecklistTemplate, language: Language): ChecklistRunSummary {
  const entries = run.answers.flatMap((a) => {
    const step = findStep(template, a.stepId);
    return step
      ? [{ stepId: step.id, kind: step.kind, prompt: step.text[language], answer: a.answer, answerText: formatAnswer(step, a.answer, language) }]
      : [];
  });
  const o = reachedOutcome(run, template);
  const pending = currentStep(run, template);
  let outcome: ChecklistSummaryOutcome | null = null;
  if (o?.kind === 'resolved') {
    outcome = { id: o.id, kind: o.kind, text: o.solution[language], ...(o.resolutionCode ? { resolutionCode: o.resolutionCode } : {}) };
  } else if (o?.kind === 'escalate') outcome = { id: o.id, kind: o.kind, text: o.reason[language], groupId: o.groupId };
  else if (o?.kind === 'ask_requester') outcome = { id: o.id, kind: o.kind, text: o.request[language] };
  return {
    runId: run.runId,
    templateId: run.templateId,
    templateVersion: run.templateVersion,
    title: template.title[language],
    complete: o !== null,
    entries,
    outcome,
    pendingStep: pending ? { id: pending.id, prompt: pending.text[language] } : null,
  };
}

/** The summary as plain text: for an escalation's context, an internal note, or a clipboard. */
export function formatRunSummary(summary: ChecklistRunSummary, language: Language): string {
  const m = workflowMessages(language).checklist;
  const lines = [interpolate(m.summaryTitle, { title: summary.title, version: summary.templateVersion })];
  for (const e of summary.entries) lines.push(`- ${interpolate(m.entry, { prompt: e.prompt, answer: e.answerText })}`);
  if (summary.outcome) lines.push(interpolate(m.outcome[summary.outcome.kind], { text: summary.outcome.text }));
  else if (summary.pendingStep) lines.push(interpolate(m.pending, { prompt: summary.pendingStep.prompt }));
  return lines.join('\n');
}
