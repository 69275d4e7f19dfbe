import { describe, expect, it } from 'vitest';
import type { TicketEvent, TicketEventData } from '../../domain/ticket-event';
import { collectChecklistRuns, latestRecordedRun } from './checklist-events';
import { answerStep, currentStep, reachedOutcome, resumeRun, startRun, type ChecklistRun } from './checklist-runner';
import type { ChecklistAnswer, ChecklistTemplate } from './checklist-schema';
import { formatRunSummary, summarizeRun } from './checklist-summary';
import { suggestOutcomeAction } from './outcome-actions';
import { sampleTemplate } from './checklist.test-fixtures';

function answerAll(template: ChecklistTemplate, answers: Array<[string, ChecklistAnswer]>): ChecklistRun {
  return answers.reduce((run, [stepId, answer]) => answerStep(run, template, stepId, answer), startRun(template, 'run-1'));
}

const codeOf = (fn: () => unknown) => {
  try {
    fn();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return 'no error';
};

describe('checklist runner: branching', () => {
  const template = sampleTemplate();

  it('starts at the start step', () => {
    const run = startRun(template, 'run-1');
    expect(run).toEqual({ runId: 'run-1', templateId: 'tpl-printer', templateVersion: 1, answers: [], position: { type: 'step', id: 'power' } });
  });

  it('follows yes/no, choice, instruction, number range, text and check to an outcome', () => {
    const run = answerAll(template, [
      ['power', true],
      ['cause', 'jam'],
      ['jam', true],
      ['pages', 3],
      ['model', 'HP M404'],
      ['verify', true],
    ]);
    expect(run.position).toEqual({ type: 'outcome', id: 'o-solved' });
    expect(reachedOutcome(run, template)?.kind).toBe('resolved');
    expect(currentStep(run, template)).toBeNull();
  });

  it('takes a choice option without target to the default next', () => {
    expect(answerAll(template, [['power', true], ['cause', 'other']]).position).toEqual({ type: 'step', id: 'pages' });
    expect(answerAll(template, [['power', true], ['cause', 'toner']]).position).toEqual({ type: 'outcome', id: 'o-ask' });
  });

  it('routes numbers by range (min inclusive, max exclusive) and the rest to the default', () => {
    const at = (n: number) => answerAll(template, [['power', true], ['cause', 'other'], ['pages', n]]).position.id;
    expect([at(0), at(9), at(10), at(99), at(100), at(5000)]).toEqual(['model', 'model', 'verify', 'verify', 'o-field', 'o-field']);
  });

  it('refuses answers that do not fit the step', () => {
    const atPages = answerAll(template, [['power', true], ['cause', 'other']]);
    expect(codeOf(() => answerStep(startRun(template, 'r'), template, 'power', 'yes'))).toBe('checklist.invalid_answer');
    expect(codeOf(() => answerAll(template, [['power', true], ['cause', 'nope']]))).toBe('checklist.invalid_answer');
    expect(codeOf(() => answerStep(atPages, template, 'pages', -1))).toBe('checklist.invalid_answer');
    expect(codeOf(() => answerStep(atPages, template, 'pages', 2.5))).toBe('checklist.invalid_answer');
    const atModel = answerStep(atPages, template, 'pages', 1);
    expect(codeOf(() => answerStep(atModel, template, 'model', '   '))).toBe('checklist.invalid_answer');
    const atJam = answerAll(template, [['power', true], ['cause', 'jam']]);
    expect(codeOf(() => answerStep(atJam, template, 'jam', false))).toBe('checklist.invalid_answer');
  });

  it('refuses a step that is neither current nor on the path, and an unknown step', () => {
    expect(codeOf(() => answerStep(startRun(template, 'r'), template, 'verify', true))).toBe('checklist.step_not_current');
    expect(codeOf(() => answerStep(startRun(template, 'r'), template, 'ghost', true))).toBe('checklist.unknown_step');
  });

  it('rewinds when an earlier answer changes, even after an outcome', () => {
    const done = answerAll(template, [['power', true], ['cause', 'toner']]);
    const changed = answerStep(done, template, 'cause', 'jam');
    expect(changed.answers).toEqual([{ stepId: 'power', answer: true }, { stepId: 'cause', answer: 'jam' }]);
    expect(changed.position).toEqual({ type: 'step', id: 'jam' });
    expect(answerStep(changed, template, 'power', false).position).toEqual({ type: 'outcome', id: 'o-field' });
  });
});

describe('checklist runner: versions and resume', () => {
  const v1 = sampleTemplate();
  // v2 sends "power: no" to the requester instead of the field team, and drops the text step.
  const v2 = sampleTemplate({
    version: 2,
    steps: sampleTemplate().steps.map((s) => (s.id === 'power' ? { ...s, onNo: 'o-ask' } : s)),
  });

  it('resumes a paused run from its recorded answers, at the same step', () => {
    const paused = answerAll(v1, [['power', true], ['cause', 'jam']]);
    const resumed = resumeRun(v1, 'run-1', paused.answers);
    expect(resumed).toEqual(paused);
    expect(currentStep(resumed, v1)?.id).toBe('jam');
  });

  it('keeps the version it started with after the template changes', () => {
    const run = answerAll(v1, [['power', true]]);
    expect(run.templateVersion).toBe(1);
    expect(codeOf(() => answerStep(run, v2, 'cause', 'jam'))).toBe('checklist.wrong_template_version');
    // The same answer leads where v1 says, not where v2 says.
    expect(answerStep(startRun(v1, 'a'), v1, 'power', false).position.id).toBe('o-field');
    expect(answerStep(startRun(v2, 'b'), v2, 'power', false).position.id).toBe('o-ask');
  });
});

describe('checklist runs in the ticket history', () => {
  const event = (n: number, data: TicketEventData): TicketEvent => ({
    id: `e${n}`,
    ticketId: 't1',
    actorId: 'agent-ana',
    deviceId: 'd',
    at: `2026-11-26T15:00:0${n}Z`,
    offline: false,
    data,
  });
  const events = [
    event(1, { kind: 'checklist_started', runId: 'r1', templateId: 'tpl-printer', templateVersion: 1 }),
    event(2, { kind: 'checklist_answered', runId: 'r1', stepId: 'power', answer: true, next: { type: 'step', id: 'cause' } }),
    event(3, { kind: 'commented', commentId: 'c', visibility: 'internal' }),
    event(4, { kind: 'checklist_started', runId: 'r2', templateId: 'tpl-other', templateVersion: 3 }),
    event(5, { kind: 'checklist_answered', runId: 'r1', stepId: 'cause', answer: 'jam', next: { type: 'step', id: 'jam' } }),
  ];

  it('collects each run with its version and answers in order', () => {
    const runs = collectChecklistRuns(events);
    expect(runs.map((r) => [r.runId, r.templateVersion, r.answers.map((a) => a.stepId)])).toEqual([
      ['r1', 1, ['power', 'cause']],
      ['r2', 3, []],
    ]);
    expect(latestRecordedRun(events)?.runId).toBe('r1');
  });
});

describe('checklist summary', () => {
  const template = sampleTemplate();

  it('lists questions and answers and the outcome, per language', () => {
    const run = answerAll(template, [['power', true], ['cause', 'other'], ['pages', 150]]);
    const summary = summarizeRun(run, template, 'en');
    expect(summary).toMatchObject({ complete: true, pendingStep: null, outcome: { kind: 'escalate', groupId: 'group-field', text: 'Needs a visit (en)' } });
    expect(formatRunSummary(summary, 'en')).toBe(
      [
        'Checklist: Printer (en) (v1)',
        '- Is it on? (en) → Yes',
        '- What does the panel say? (en) → Other (en)',
        '- Pages in the queue (en) → 150 pages (en)',
        'Outcome: escalate. Reason: Needs a visit (en)',
      ].join('\n'),
    );
    expect(formatRunSummary(summarizeRun(run, template, 'es'), 'es')).toContain('- Is it on? (es) → Sí');
  });

  it('says where a paused run waits', () => {
    const summary = summarizeRun(answerAll(template, [['power', true]]), template, 'es');
    expect(summary.complete).toBe(false);
    expect(formatRunSummary(summary, 'es').split('\n').at(-1)).toBe('En pausa en: What does the panel say? (es)');
  });
});

describe('outcome actions', () => {
  const template = sampleTemplate();
  const at = (answers: Array<[string, ChecklistAnswer]>) => answerAll(template, answers);

  it('offers ticket.resolve, ticket.escalate or the question for the requester', () => {
    expect(suggestOutcomeAction(at([['power', true]]), template, 't1', 'es', true)).toBeNull();
    expect(suggestOutcomeAction(at([['power', false]]), template, 't1', 'en', true)).toEqual({
      kind: 'escalate',
      args: { ticketId: 't1', kind: 'functional', toGroupId: 'group-field', reason: 'Needs a visit (en)' },
    });
    expect(suggestOutcomeAction(at([['power', true], ['cause', 'toner']]), template, 't1', 'es', true)).toEqual({
      kind: 'ask_requester',
      message: 'Ask for the toner model (es)',
      thenStatus: 'pending_requester',
    });
    const solved = at([['power', true], ['cause', 'other'], ['pages', 1], ['model', 'x'], ['verify', true]]);
    expect(suggestOutcomeAction(solved, template, 't1', 'es', false)).toEqual({
      kind: 'resolve',
      args: { ticketId: 't1', resolutionCode: 'guided_user', solution: 'Cleared (es)', firstContact: false },
    });
  });
});
