import { describe, expect, it } from 'vitest';
import { PRINTER_CHECKLIST } from '../../../shared/demo/checklists/printer';
import { checkDraft, draftFromTemplate } from './checklist-draft';

const groups = PRINTER_CHECKLIST.outcomes.flatMap((o) => (o.kind === 'escalate' ? [o.groupId] : []));
const context = { knownGroupIds: groups };

describe('checklist editor draft', () => {
  it('round-trips a valid template', () => {
    const check = checkDraft(draftFromTemplate(PRINTER_CHECKLIST), context);
    expect(check.count).toBe(0);
    expect(check.template).toEqual(PRINTER_CHECKLIST);
  });

  it('puts a cycle on the step it names, a bad JSON on its node, schema errors by position', () => {
    const draft = draftFromTemplate(PRINTER_CHECKLIST);
    const index = PRINTER_CHECKLIST.steps.findIndex((s) => s.id === 'clear-jam');
    draft.steps[index] = JSON.stringify({ ...JSON.parse(draft.steps[index]!), next: 'panel-ok' });
    const cyclic = checkDraft(draft, context);
    expect(cyclic.template).toBeNull();
    expect(cyclic.nodeErrors.get('steps.0')?.map((e) => e.code)).toEqual(['checklist.cycle']);

    draft.steps[1] = '{ "id": ';
    expect(checkDraft(draft, context).jsonErrors.has('steps.1')).toBe(true);

    const untitled = draftFromTemplate(PRINTER_CHECKLIST);
    untitled.steps[2] = JSON.stringify({ ...JSON.parse(untitled.steps[2]!), text: undefined });
    untitled.titleEn = '';
    const schema = checkDraft(untitled, context);
    expect(schema.nodeErrors.get('steps.2')?.[0]?.path).toMatch(/^steps\.2\.text/);
    expect(schema.templateErrors.map((e) => e.path)).toContain('title.en');
  });
});
