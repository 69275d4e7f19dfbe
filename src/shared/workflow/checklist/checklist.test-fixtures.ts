import type { ChecklistTemplate } from './checklist-schema';

const tx = (s: string) => ({ es: `${s} (es)`, en: `${s} (en)` });

/**
 * A small template touching every step kind:
 * power (yes/no) → cause (choice) → jam (instruction) → pages (number) → model (text) → verify (check).
 */
export function sampleTemplate(overrides: Partial<ChecklistTemplate> = {}): ChecklistTemplate {
  return {
    id: 'tpl-printer',
    version: 1,
    categoryId: 'cat-hw-printer',
    title: tx('Printer'),
    start: 'power',
    steps: [
      { id: 'power', kind: 'yes_no', text: tx('Is it on?'), onYes: 'cause', onNo: 'o-field' },
      {
        id: 'cause',
        kind: 'choice',
        text: tx('What does the panel say?'),
        options: [
          { id: 'jam', label: tx('Jam'), next: 'jam' },
          { id: 'toner', label: tx('Toner'), next: 'o-ask' },
          { id: 'other', label: tx('Other') },
        ],
        next: 'pages',
      },
      { id: 'jam', kind: 'instruction', text: tx('Clear the jam'), next: 'pages' },
      {
        id: 'pages',
        kind: 'number',
        text: tx('Pages in the queue'),
        unit: tx('pages'),
        min: 0,
        integer: true,
        ranges: [
          { min: 0, max: 10, next: 'model' },
          { min: 10, max: 100, next: 'verify' },
        ],
        next: 'o-field',
      },
      { id: 'model', kind: 'text', text: tx('Printer model'), next: 'verify' },
      { id: 'verify', kind: 'check', text: tx('Test page prints'), onPass: 'o-solved', onFail: 'o-field' },
    ],
    outcomes: [
      { id: 'o-solved', kind: 'resolved', solution: tx('Cleared'), resolutionCode: 'guided_user' },
      { id: 'o-field', kind: 'escalate', groupId: 'group-field', reason: tx('Needs a visit') },
      { id: 'o-ask', kind: 'ask_requester', request: tx('Ask for the toner model') },
    ],
    ...overrides,
  };
}

export const KNOWN_GROUPS = ['group-n1', 'group-field'];
