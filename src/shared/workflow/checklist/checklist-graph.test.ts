import { describe, expect, it } from 'vitest';
import { validateChecklistGraph } from './checklist-graph';
import type { ChecklistStep, ChecklistTemplate } from './checklist-schema';
import { parseChecklistTemplate } from './parse-checklist-template';
import { KNOWN_GROUPS, sampleTemplate } from './checklist.test-fixtures';

const ctx = { knownGroupIds: KNOWN_GROUPS };
const codes = (template: ChecklistTemplate) =>
  validateChecklistGraph(template, ctx).map((e) => [e.code, e.nodeId, e.params] as const);

function withStep(template: ChecklistTemplate, id: string, change: (s: ChecklistStep) => ChecklistStep): ChecklistTemplate {
  return { ...template, steps: template.steps.map((s) => (s.id === id ? change(s) : s)) };
}

describe('checklist graph validation', () => {
  it('accepts a sound template', () => {
    expect(codes(sampleTemplate())).toEqual([]);
  });

  it('names the step where a cycle closes, with the loop', () => {
    const t = withStep(sampleTemplate(), 'verify', (s) => ({ ...s, onFail: 'power' }) as ChecklistStep);
    expect(codes(t)).toEqual([['cycle', 'power', { path: 'power → cause → jam → pages → model → verify → power' }]]);
  });

  it('names a dead end and the answer that leads nowhere', () => {
    const t = withStep(sampleTemplate(), 'power', (s) => ({ ...s, onNo: undefined }) as ChecklistStep);
    expect(codes(t)).toEqual([['dead_end', 'power', { branch: 'no' }]]);
  });

  it('treats a choice option without target and without default as a dead end', () => {
    const t = withStep(sampleTemplate(), 'cause', (s) => ({ ...s, next: undefined }) as ChecklistStep);
    expect(codes(t)).toEqual([['dead_end', 'cause', { branch: 'option:other' }]]);
  });

  it('needs a default next for numbers no range covers, and not otherwise', () => {
    const uncovered = withStep(sampleTemplate(), 'pages', (s) => ({ ...s, next: undefined }) as ChecklistStep);
    expect(codes(uncovered)).toEqual([['dead_end', 'pages', { branch: 'default' }]]);
    const covered = withStep(sampleTemplate(), 'pages', (s) =>
      ({ ...s, next: undefined, ranges: [{ max: 10, next: 'model' }, { min: 10, next: 'verify' }] }) as ChecklistStep,
    );
    expect(codes(covered)).toEqual([]);
  });

  it('reports overlapping and inverted ranges on their step', () => {
    const t = withStep(sampleTemplate(), 'pages', (s) =>
      ({ ...s, ranges: [{ min: 0, max: 20, next: 'model' }, { min: 10, max: 5, next: 'verify' }] }) as ChecklistStep,
    );
    expect(codes(t)).toEqual([
      ['invalid_range', 'pages', { range: 1 }],
      ['overlapping_ranges', 'pages', {}],
    ]);
  });

  it('names unreachable steps and outcomes', () => {
    const t = sampleTemplate();
    t.steps.push({ id: 'orphan', kind: 'instruction', text: { es: 'x', en: 'x' }, next: 'o-solved' });
    t.outcomes.push({ id: 'o-never', kind: 'ask_requester', request: { es: 'x', en: 'x' } });
    expect(codes(t)).toEqual([
      ['unreachable', 'orphan', {}],
      ['unreachable', 'o-never', {}],
    ]);
  });

  it('names an outcome that escalates to a group that does not exist', () => {
    const t = sampleTemplate();
    t.outcomes[1] = { id: 'o-field', kind: 'escalate', groupId: 'group-ghost', reason: { es: 'x', en: 'x' } };
    expect(codes(t)).toEqual([['unknown_group', 'o-field', { groupId: 'group-ghost' }]]);
  });

  it('checks suggested resolution codes when the list is given', () => {
    const errors = validateChecklistGraph(sampleTemplate(), { ...ctx, knownResolutionCodes: ['password_reset'] });
    expect(errors).toEqual([{ code: 'unknown_resolution_code', nodeId: 'o-solved', params: { resolutionCode: 'guided_user' } }]);
  });

  it('names unknown targets, duplicate ids and an unknown start', () => {
    const t = withStep(sampleTemplate({ start: 'nowhere' }), 'model', (s) => ({ ...s, next: 'ghost' }) as ChecklistStep);
    t.outcomes.push({ id: 'power', kind: 'ask_requester', request: { es: 'x', en: 'x' } });
    expect(codes(t).map(([code, node]) => [code, node])).toEqual([
      ['duplicate_id', 'power'],
      ['unknown_start', 'nowhere'],
      ['unknown_target', 'model'],
    ]);
  });
});

describe('parseChecklistTemplate', () => {
  it('returns the parsed template when sound', () => {
    const result = parseChecklistTemplate(sampleTemplate(), ctx);
    expect(result.ok && result.template.id).toBe('tpl-printer');
  });

  it('refuses with one translatable error per faulty step', () => {
    const t = withStep(sampleTemplate(), 'verify', (s) => ({ ...s, onFail: 'power' }) as ChecklistStep);
    const result = parseChecklistTemplate(t, ctx);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('checklist.invalid_template');
    expect(result.error.params).toEqual({ templateId: 'tpl-printer', count: 1 });
    expect(result.error.fieldErrors).toEqual([
      { path: 'nodes.power', code: 'checklist.cycle', params: { nodeId: 'power', path: 'power → cause → jam → pages → model → verify → power' } },
    ]);
  });

  it('refuses a schema error (missing texts, unknown step kind) before looking at the graph', () => {
    const result = parseChecklistTemplate({ ...sampleTemplate(), steps: [{ id: 'x', kind: 'dance' }] }, ctx);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.fieldErrors[0]?.path).toBe('steps.0.kind');
  });
});
