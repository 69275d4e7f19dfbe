import type { ChecklistStep, ChecklistTemplate } from './checklist-schema';
import { sortedRanges, stepBranches } from './checklist-branches';

export const CHECKLIST_GRAPH_ERROR_CODES = [
  'duplicate_id',
  'duplicate_option',
  'unknown_start',
  'unknown_target',
  'dead_end',
  'cycle',
  'unreachable',
  'unknown_group',
  'unknown_resolution_code',
  'invalid_range',
  'overlapping_ranges',
] as const;
export type ChecklistGraphErrorCode = (typeof CHECKLIST_GRAPH_ERROR_CODES)[number];

/** One problem in a template, always naming the step (or outcome) it is about. */
export interface ChecklistGraphError {
  code: ChecklistGraphErrorCode;
  nodeId: string;
  params: Record<string, string | number>;
}

export interface ChecklistGraphContext {
  /** Groups an `escalate` outcome may name. */
  knownGroupIds: Iterable<string>;
  /** When given, a `resolved` outcome's suggested code must be one of these. */
  knownResolutionCodes?: Iterable<string>;
}

function checkIds(template: ChecklistTemplate, errors: ChecklistGraphError[]): void {
  const seen = new Set<string>();
  for (const node of [...template.steps, ...template.outcomes]) {
    if (seen.has(node.id)) errors.push({ code: 'duplicate_id', nodeId: node.id, params: {} });
    seen.add(node.id);
  }
  for (const step of template.steps) {
    if (step.kind !== 'choice') continue;
    const options = new Set<string>();
    for (const o of step.options) {
      if (options.has(o.id)) errors.push({ code: 'duplicate_option', nodeId: step.id, params: { option: o.id } });
      options.add(o.id);
    }
  }
}

function checkRanges(step: ChecklistStep, errors: ChecklistGraphError[]): void {
  if (step.kind !== 'number') return;
  if (step.min !== undefined && step.max !== undefined && step.min > step.max) {
    errors.push({ code: 'invalid_range', nodeId: step.id, params: { range: 'input' } });
  }
  step.ranges.forEach((r, i) => {
    if (r.min !== undefined && r.max !== undefined && r.min >= r.max) {
      errors.push({ code: 'invalid_range', nodeId: step.id, params: { range: i } });
    }
  });
  const sorted = sortedRanges(step);
  for (let i = 1; i < sorted.length; i++) {
    if ((sorted[i - 1]?.max ?? Infinity) > (sorted[i]?.min ?? -Infinity)) {
      errors.push({ code: 'overlapping_ranges', nodeId: step.id, params: {} });
      return;
    }
  }
}

/** Every branch must lead to an existing node: a missing target is a dead end, a wrong one unknown. */
function edgesOf(template: ChecklistTemplate, nodes: ReadonlySet<string>, errors: ChecklistGraphError[]) {
  const edges = new Map<string, string[]>();
  for (const step of template.steps) {
    const targets: string[] = [];
    for (const branch of stepBranches(step)) {
      if (branch.target === undefined) {
        errors.push({ code: 'dead_end', nodeId: step.id, params: { branch: branch.label } });
      } else if (!nodes.has(branch.target)) {
        errors.push({ code: 'unknown_target', nodeId: step.id, params: { branch: branch.label, target: branch.target } });
      } else targets.push(branch.target);
    }
    edges.set(step.id, [...new Set(targets)]);
  }
  return edges;
}

/** Depth-first search from every step, so cycles among unreachable steps are found too. */
function findCycles(template: ChecklistTemplate, edges: ReadonlyMap<string, string[]>): ChecklistGraphError[] {
  const errors: ChecklistGraphError[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const reported = new Set<string>();
  const visit = (id: string): void => {
    state.set(id, 'open');
    stack.push(id);
    for (const next of edges.get(id) ?? []) {
      const s = state.get(next);
      if (s === 'open') {
        const loop = [...stack.slice(stack.indexOf(next)), next];
        const key = [...new Set(loop)].sort().join('\u0000');
        if (!reported.has(key)) {
          reported.add(key);
          errors.push({ code: 'cycle', nodeId: next, params: { path: loop.join(' → ') } });
        }
      } else if (s === undefined && edges.has(next)) visit(next);
    }
    stack.pop();
    state.set(id, 'done');
  };
  for (const step of template.steps) if (!state.has(step.id)) visit(step.id);
  return errors;
}

function findUnreachable(template: ChecklistTemplate, edges: ReadonlyMap<string, string[]>): ChecklistGraphError[] {
  const reached = new Set<string>([template.start]);
  const queue = [template.start];
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const next of edges.get(id) ?? []) {
      if (!reached.has(next)) {
        reached.add(next);
        queue.push(next);
      }
    }
  }
  return [...template.steps, ...template.outcomes]
    .filter((n) => !reached.has(n.id))
    .map((n) => ({ code: 'unreachable' as const, nodeId: n.id, params: {} }));
}

function checkOutcomes(template: ChecklistTemplate, context: ChecklistGraphContext, errors: ChecklistGraphError[]) {
  const groups = new Set(context.knownGroupIds);
  const codes = context.knownResolutionCodes ? new Set(context.knownResolutionCodes) : null;
  for (const o of template.outcomes) {
    if (o.kind === 'escalate' && !groups.has(o.groupId)) {
      errors.push({ code: 'unknown_group', nodeId: o.id, params: { groupId: o.groupId } });
    }
    if (o.kind === 'resolved' && o.resolutionCode && codes && !codes.has(o.resolutionCode)) {
      errors.push({ code: 'unknown_resolution_code', nodeId: o.id, params: { resolutionCode: o.resolutionCode } });
    }
  }
}

/**
 * Checks that the template is a sound decision graph: unique ids, a known start, every answer leading
 * to an existing node (no dead ends), no cycles, every node reachable from the start, and outcomes
 * naming known groups (and codes). Since the graph is acyclic and every branch leads somewhere, every
 * path ends in an outcome. Errors come in template order; an empty list means valid.
 */
export function validateChecklistGraph(
  template: ChecklistTemplate,
  context: ChecklistGraphContext,
): ChecklistGraphError[] {
  const errors: ChecklistGraphError[] = [];
  checkIds(template, errors);
  const nodes = new Set([...template.steps, ...template.outcomes].map((n) => n.id));
  const startKnown = nodes.has(template.start);
  if (!startKnown) errors.push({ code: 'unknown_start', nodeId: template.start, params: {} });
  for (const step of template.steps) checkRanges(step, errors);
  const edges = edgesOf(template, nodes, errors);
  errors.push(...findCycles(template, edges));
  if (startKnown) errors.push(...findUnreachable(template, edges));
  checkOutcomes(template, context, errors);
  return errors;
}
