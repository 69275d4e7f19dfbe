import type { ChecklistStep } from './checklist-schema';

type NumberStep = Extract<ChecklistStep, { kind: 'number' }>;

/** One way out of a step: `label` names it in errors ("yes", "option:paper", "range:0", "default"). */
export interface StepBranch {
  label: string;
  target: string | undefined;
}

/** Ranges ordered by their lower bound (an open lower bound first). */
export function sortedRanges(step: NumberStep): NumberStep['ranges'] {
  return [...step.ranges].sort((a, b) => (a.min ?? -Infinity) - (b.min ?? -Infinity));
}

/** Whether every accepted number falls in some range, so the default `next` is never needed. */
export function rangesCoverInput(step: NumberStep): boolean {
  const upper = step.max ?? Infinity;
  // Every value in [lower, reach) is covered so far.
  let reach = step.min ?? -Infinity;
  for (const range of sortedRanges(step)) {
    if (reach > upper || reach === Infinity) break;
    const from = range.min ?? -Infinity;
    if (from > reach) return false;
    reach = Math.max(reach, range.max ?? Infinity);
  }
  return reach > upper || reach === Infinity;
}

/**
 * The branches an answer to the step can take. A step's default `next` is listed only where some
 * answer needs it, so an unused default is not reported as a dead end (nor as an edge).
 */
export function stepBranches(step: ChecklistStep): StepBranch[] {
  switch (step.kind) {
    case 'yes_no':
      return [
        { label: 'yes', target: step.onYes },
        { label: 'no', target: step.onNo },
      ];
    case 'check':
      return [
        { label: 'pass', target: step.onPass },
        { label: 'fail', target: step.onFail },
      ];
    case 'choice':
      return step.options.map((o) => ({ label: `option:${o.id}`, target: o.next ?? step.next }));
    case 'number': {
      const branches = step.ranges.map((r, i) => ({ label: `range:${i}`, target: r.next }));
      if (!rangesCoverInput(step)) branches.push({ label: 'default', target: step.next });
      return branches;
    }
    case 'text':
    case 'instruction':
      return [{ label: 'next', target: step.next }];
  }
}
