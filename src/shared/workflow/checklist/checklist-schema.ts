import { z } from 'zod';
import { LocalizedTextSchema } from '../../domain/localized-text';

/**
 * A diagnosis checklist template (docs/workflow.md). Steps and outcomes are nodes of one graph; every
 * branch names the node it leads to. Branch targets are optional in the schema on purpose: a missing
 * one is a dead end that graph validation reports with the step's name, not a bare schema error.
 */
export const ChecklistNodeIdSchema = z.string().trim().min(1).max(64);
const Target = ChecklistNodeIdSchema.optional();

const stepBase = {
  id: ChecklistNodeIdSchema,
  /** The question asked, the instruction to perform or the thing to verify. */
  text: LocalizedTextSchema,
  /** Extra guidance shown under the text (where to click, what the user should see). */
  help: LocalizedTextSchema.optional(),
};

export const YesNoStepSchema = z.strictObject({ ...stepBase, kind: z.literal('yes_no'), onYes: Target, onNo: Target });

export const ChoiceOptionSchema = z.strictObject({
  id: ChecklistNodeIdSchema,
  label: LocalizedTextSchema,
  /** Where this option leads; without it the step's default `next` applies. */
  next: Target,
});
export const ChoiceStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('choice'),
  options: z.array(ChoiceOptionSchema).min(2).max(20),
  next: Target,
});

/** `[min, max)`: min inclusive, max exclusive; an open end is unbounded. */
export const NumberRangeSchema = z.strictObject({
  min: z.number().finite().optional(),
  max: z.number().finite().optional(),
  next: Target,
});
export const NumberStepSchema = z.strictObject({
  ...stepBase,
  kind: z.literal('number'),
  unit: LocalizedTextSchema.optional(),
  /** Accepted input bounds (inclusive). */
  min: z.number().finite().optional(),
  max: z.number().finite().optional(),
  integer: z.boolean().optional(),
  ranges: z.array(NumberRangeSchema).max(20).default([]),
  /** For numbers no range covers. */
  next: Target,
});

export const TextStepSchema = z.strictObject({ ...stepBase, kind: z.literal('text'), next: Target });
/** Something the agent (or the user, guided by the agent) does; answered with "done". */
export const InstructionStepSchema = z.strictObject({ ...stepBase, kind: z.literal('instruction'), next: Target });
/** Something the agent verifies (in a console, a log…): pass or fail. */
export const CheckStepSchema = z.strictObject({ ...stepBase, kind: z.literal('check'), onPass: Target, onFail: Target });

export const ChecklistStepSchema = z.discriminatedUnion('kind', [
  YesNoStepSchema,
  ChoiceStepSchema,
  NumberStepSchema,
  TextStepSchema,
  InstructionStepSchema,
  CheckStepSchema,
]);
export type ChecklistStep = z.infer<typeof ChecklistStepSchema>;
export type ChecklistStepKind = ChecklistStep['kind'];

export const ChecklistOutcomeSchema = z.discriminatedUnion('kind', [
  z.strictObject({
    id: ChecklistNodeIdSchema,
    kind: z.literal('resolved'),
    /** The known solution, offered as the resolution text. */
    solution: LocalizedTextSchema,
    /** Suggested resolution code (from the configurable list). */
    resolutionCode: z.string().min(1).max(64).optional(),
  }),
  z.strictObject({
    id: ChecklistNodeIdSchema,
    kind: z.literal('escalate'),
    groupId: z.string().min(1),
    reason: LocalizedTextSchema,
  }),
  z.strictObject({
    id: ChecklistNodeIdSchema,
    kind: z.literal('ask_requester'),
    /** What to ask the requester for; the ticket then waits in pending_requester. */
    request: LocalizedTextSchema,
  }),
]);
export type ChecklistOutcome = z.infer<typeof ChecklistOutcomeSchema>;
export type ChecklistOutcomeKind = ChecklistOutcome['kind'];

export const ChecklistTemplateSchema = z.strictObject({
  id: z.string().trim().min(1).max(100),
  /** Bumped on every published change; a run keeps the version it started with. */
  version: z.number().int().positive(),
  /** Applies to this category and, by inheritance, to its descendants without their own template. */
  categoryId: z.string().min(1),
  title: LocalizedTextSchema,
  description: LocalizedTextSchema.optional(),
  start: ChecklistNodeIdSchema,
  steps: z.array(ChecklistStepSchema).min(1).max(200),
  outcomes: z.array(ChecklistOutcomeSchema).min(1).max(100),
});
export type ChecklistTemplate = z.infer<typeof ChecklistTemplateSchema>;
export type ChecklistTemplateInput = z.input<typeof ChecklistTemplateSchema>;

/**
 * An answer as stored in events: yes/no and check → boolean, choice → option id, number → number,
 * text → string, instruction → true ("done").
 */
export const ChecklistAnswerSchema = z.union([z.boolean(), z.number().finite(), z.string().max(2000)]);
export type ChecklistAnswer = z.infer<typeof ChecklistAnswerSchema>;

/** Where a run stands: at a step waiting for its answer, or at the outcome it reached. */
export const ChecklistPositionSchema = z.strictObject({
  type: z.enum(['step', 'outcome']),
  id: ChecklistNodeIdSchema,
});
export type ChecklistPosition = z.infer<typeof ChecklistPositionSchema>;
