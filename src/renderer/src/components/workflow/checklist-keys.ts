import type { ChecklistAnswer, ChecklistStep } from '../../../../shared/workflow/checklist/checklist-schema';

export type RunnerKeyAction = { kind: 'answer'; answer: ChecklistAnswer } | { kind: 'back' } | { kind: 'pause' };

/**
 * The runner's keyboard: y/s and n for yes/no and checks (1/2 too), number keys for options, Enter for
 * an instruction, ←/Backspace to go back, p to pause. Text and number steps answer from their input.
 */
export function runnerKeyAction(step: ChecklistStep | null, key: string, typing: boolean): RunnerKeyAction | null {
  if (typing) return null;
  const k = key.toLowerCase();
  if (k === 'arrowleft' || k === 'backspace') return { kind: 'back' };
  if (k === 'p') return { kind: 'pause' };
  if (!step) return null;
  switch (step.kind) {
    case 'yes_no':
    case 'check':
      if (k === 'y' || k === 's' || k === '1') return { kind: 'answer', answer: true };
      if (k === 'n' || k === '2') return { kind: 'answer', answer: false };
      return null;
    case 'choice': {
      const index = /^[1-9]$/.test(k) ? Number(k) - 1 : -1;
      const option = step.options[index];
      return option ? { kind: 'answer', answer: option.id } : null;
    }
    case 'instruction':
      return k === 'enter' ? { kind: 'answer', answer: true } : null;
    default:
      return null;
  }
}

export function keysHintKey(step: ChecklistStep): string {
  switch (step.kind) {
    case 'yes_no':
      return 'wf.checklist.keysYesNo';
    case 'check':
      return 'wf.checklist.keysCheck';
    case 'choice':
      return 'wf.checklist.keysChoice';
    case 'instruction':
      return 'wf.checklist.keysInstruction';
    default:
      return 'wf.checklist.keysInput';
  }
}
