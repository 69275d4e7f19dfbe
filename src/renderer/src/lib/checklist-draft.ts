import type { FieldError } from '../../../shared/errors';
import type { ChecklistGraphContext } from '../../../shared/workflow/checklist/checklist-graph';
import type { ChecklistTemplate } from '../../../shared/workflow/checklist/checklist-schema';
import { parseChecklistTemplate } from '../../../shared/workflow/checklist/parse-checklist-template';

/**
 * The checklist editor's working copy: header fields as values, every step and outcome as its own JSON
 * text, so a problem is shown next to the node it names (docs/workflow.md, editing checklists).
 */
export interface ChecklistDraft {
  id: string;
  version: number;
  categoryId: string;
  titleEs: string;
  titleEn: string;
  start: string;
  description?: ChecklistTemplate['description'];
  steps: string[];
  outcomes: string[];
}

export type NodeSection = 'steps' | 'outcomes';

export interface DraftCheck {
  /** The template as it would be saved; null when a node's JSON does not parse. */
  candidate: Record<string, unknown> | null;
  /** The validated template (for the preview); null while anything is wrong. */
  template: ChecklistTemplate | null;
  /** JSON syntax problems by `<section>.<index>`. */
  jsonErrors: Map<string, string>;
  /** Field errors by `<section>.<index>`, whether the schema (by position) or the graph (by id) named it. */
  nodeErrors: Map<string, FieldError[]>;
  /** Errors that name no node (title, category, an unknown start…). */
  templateErrors: FieldError[];
  count: number;
}

const pretty = (value: unknown): string => JSON.stringify(value, null, 2);

export function draftFromTemplate(t: ChecklistTemplate): ChecklistDraft {
  return {
    id: t.id,
    version: t.version,
    categoryId: t.categoryId,
    titleEs: t.title.es,
    titleEn: t.title.en,
    start: t.start,
    description: t.description,
    steps: t.steps.map(pretty),
    outcomes: t.outcomes.map(pretty),
  };
}

export function emptyDraft(categoryId: string): ChecklistDraft {
  return {
    id: '',
    version: 0,
    categoryId,
    titleEs: '',
    titleEn: '',
    start: 'step-1',
    steps: [pretty(newStep(1))],
    outcomes: [pretty(newOutcome(1))],
  };
}

export function newStep(n: number) {
  return { id: `step-${n}`, kind: 'instruction', text: { es: '', en: '' }, next: 'outcome-1' };
}

export function newOutcome(n: number) {
  return { id: `outcome-${n}`, kind: 'resolved', solution: { es: '', en: '' } };
}

/** The node's id and kind as far as its JSON can be read (for the heading), else nulls. */
export function nodeHeading(text: string): { id: string | null; kind: string | null } {
  try {
    const value = JSON.parse(text) as { id?: unknown; kind?: unknown };
    return {
      id: typeof value.id === 'string' ? value.id : null,
      kind: typeof value.kind === 'string' ? value.kind : null,
    };
  } catch {
    return { id: null, kind: null };
  }
}

function push(map: Map<string, FieldError[]>, key: string, error: FieldError): void {
  map.set(key, [...(map.get(key) ?? []), error]);
}

/** Places field errors on nodes: `steps.<i>…` by position, `nodes.<id>` by the node's id. */
export function placeErrors(
  errors: readonly FieldError[],
  ids: { steps: readonly (string | null)[]; outcomes: readonly (string | null)[] },
): { nodeErrors: Map<string, FieldError[]>; templateErrors: FieldError[] } {
  const nodeErrors = new Map<string, FieldError[]>();
  const templateErrors: FieldError[] = [];
  for (const error of errors) {
    const byPosition = /^(steps|outcomes)\.(\d+)(\.|$)/.exec(error.path);
    if (byPosition) {
      push(nodeErrors, `${byPosition[1]}.${byPosition[2]}`, error);
      continue;
    }
    const nodeId = error.path.startsWith('nodes.') ? error.path.slice('nodes.'.length) : null;
    const stepIndex = nodeId === null ? -1 : ids.steps.indexOf(nodeId);
    const outcomeIndex = nodeId === null ? -1 : ids.outcomes.indexOf(nodeId);
    if (stepIndex >= 0) push(nodeErrors, `steps.${stepIndex}`, error);
    else if (outcomeIndex >= 0) push(nodeErrors, `outcomes.${outcomeIndex}`, error);
    else templateErrors.push(error);
  }
  return { nodeErrors, templateErrors };
}

/** Reads every node's JSON and validates the whole as the save handler will (same function, same rules). */
export function checkDraft(draft: ChecklistDraft, context: ChecklistGraphContext): DraftCheck {
  const jsonErrors = new Map<string, string>();
  const read = (section: NodeSection, texts: readonly string[]): unknown[] =>
    texts.map((text, index) => {
      try {
        return JSON.parse(text) as unknown;
      } catch (error) {
        jsonErrors.set(`${section}.${index}`, error instanceof Error ? error.message : String(error));
        return null;
      }
    });
  const steps = read('steps', draft.steps);
  const outcomes = read('outcomes', draft.outcomes);
  const ids = {
    steps: draft.steps.map((s) => nodeHeading(s).id),
    outcomes: draft.outcomes.map((o) => nodeHeading(o).id),
  };
  if (jsonErrors.size > 0) {
    return {
      candidate: null,
      template: null,
      jsonErrors,
      nodeErrors: new Map(),
      templateErrors: [],
      count: jsonErrors.size,
    };
  }
  const candidate: Record<string, unknown> = {
    id: draft.id,
    version: Math.max(1, draft.version),
    categoryId: draft.categoryId,
    title: { es: draft.titleEs, en: draft.titleEn },
    ...(draft.description ? { description: draft.description } : {}),
    start: draft.start,
    steps,
    outcomes,
  };
  const parsed = parseChecklistTemplate(candidate, context);
  if (parsed.ok) {
    return {
      candidate,
      template: parsed.template,
      jsonErrors,
      nodeErrors: new Map(),
      templateErrors: [],
      count: 0,
    };
  }
  const placed = placeErrors(parsed.error.fieldErrors, ids);
  return { candidate, template: null, jsonErrors, ...placed, count: parsed.error.fieldErrors.length };
}
