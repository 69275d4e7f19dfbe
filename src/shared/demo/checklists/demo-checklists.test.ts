import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../../domain/localized-text';
import { validateChecklistGraph } from '../../workflow/checklist/checklist-graph';
import { answerStep, startRun, type ChecklistRun } from '../../workflow/checklist/checklist-runner';
import { ChecklistTemplateSchema } from '../../workflow/checklist/checklist-schema';
import { DEFAULT_RESOLUTION_CODES } from '../../workflow/resolution-codes';
import { buildDemoCatalog } from '../catalog';
import { generateDemoData } from '../generate-demo-data';
import { DEMO_CHECKLIST_TEMPLATES } from './index';

const { categories } = buildDemoCatalog();
const groupIds = generateDemoData({ seed: 1, ticketCount: 0, now: '2026-11-26T15:00:00Z' }).reference.groups.map((g) => g.id);

describe('demo checklist templates', () => {
  it.each(DEMO_CHECKLIST_TEMPLATES.map((t) => [t.id, t] as const))('%s passes schema and graph validation', (_id, template) => {
    expect(ChecklistTemplateSchema.parse(template)).toEqual(template);
    expect(
      validateChecklistGraph(template, { knownGroupIds: groupIds, knownResolutionCodes: DEFAULT_RESOLUTION_CODES.map((c) => c.code) }),
    ).toEqual([]);
  });

  it('cover the common first-line categories of the demo tree', () => {
    const ids = new Set(categories.map((c) => c.id));
    const covered = DEMO_CHECKLIST_TEMPLATES.map((t) => t.categoryId);
    for (const id of covered) expect(ids.has(id), id).toBe(true);
    expect(covered).toEqual(['cat-acc-password', 'cat-mail-outlook', 'cat-hw-printer', 'cat-net-vpn', 'cat-hw-laptop', 'cat-acc-perms-app']);
    expect(new Set(DEMO_CHECKLIST_TEMPLATES.map((t) => t.id)).size).toBe(DEMO_CHECKLIST_TEMPLATES.length);
  });

  it('have every text in Spanish and English, different where words are', () => {
    for (const template of DEMO_CHECKLIST_TEMPLATES) {
      for (const step of template.steps) for (const lang of LANGUAGES) expect(step.text[lang].trim()).not.toBe('');
      expect(template.title.es).not.toBe(template.title.en);
    }
  });

  it('lead the printer checklist to a resolution and to an escalation', () => {
    const printer = DEMO_CHECKLIST_TEMPLATES.find((t) => t.id === 'chk-printer');
    if (!printer) throw new Error('printer checklist missing');
    const walk = (answers: Array<[string, boolean | string]>): ChecklistRun =>
      answers.reduce((run, [step, a]) => answerStep(run, printer, step, a), startRun(printer, 'r'));
    expect(walk([['panel-ok', false], ['panel-message', 'jam'], ['clear-jam', true], ['test-page', true]]).position).toEqual({ type: 'outcome', id: 'o-resolved' });
    expect(walk([['panel-ok', true], ['scope', 'all'], ['ping', false], ['cable', true]]).position).toEqual({ type: 'outcome', id: 'o-network' });
  });
});
