/** Shapes of the first-line workflow bridge methods (workflow-contract.ts). */
import { z } from 'zod';
import { TicketStatusSchema, TicketTypeSchema, LevelSchema } from '../domain/ticket-enums';
import { AgentAvailabilitySchema, AssignmentStrategySchema } from '../workflow/assignment/assignment-types';
import {
  ChecklistAnswerSchema,
  ChecklistPositionSchema,
  ChecklistTemplateSchema,
} from '../workflow/checklist/checklist-schema';
import { QueueRowSchema } from './queue-schemas';

const Id = z.string().min(1).max(100);

export const ChecklistSummarySchema = z.object({
  runId: z.string(),
  templateId: z.string(),
  templateVersion: z.number(),
  title: z.string(),
  complete: z.boolean(),
  entries: z.array(
    z.object({ stepId: z.string(), kind: z.string(), prompt: z.string(), answer: ChecklistAnswerSchema, answerText: z.string() }),
  ),
  outcome: z
    .object({
      id: z.string(),
      kind: z.enum(['resolved', 'escalate', 'ask_requester']),
      text: z.string(),
      groupId: z.string().optional(),
      resolutionCode: z.string().optional(),
    })
    .nullable(),
  pendingStep: z.object({ id: z.string(), prompt: z.string() }).nullable(),
});
export type ChecklistSummaryView = z.infer<typeof ChecklistSummarySchema>;

export const OutcomeActionSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('resolve'),
    args: z.object({ ticketId: z.string(), resolutionCode: z.string().nullable(), solution: z.string(), firstContact: z.boolean() }),
  }),
  z.object({
    kind: z.literal('escalate'),
    args: z.object({ ticketId: z.string(), kind: z.literal('functional'), toGroupId: z.string(), reason: z.string() }),
  }),
  z.object({ kind: z.literal('ask_requester'), message: z.string(), thenStatus: z.literal('pending_requester') }),
]);
export type OutcomeActionView = z.infer<typeof OutcomeActionSchema>;

/** A run rebuilt from the ticket's events, with the template version it keeps. */
export const ChecklistRunViewSchema = z.object({
  runId: z.string(),
  template: ChecklistTemplateSchema,
  startedAt: z.string(),
  startedBy: z.string(),
  lastActivityAt: z.string(),
  answers: z.array(z.object({ stepId: z.string(), answer: ChecklistAnswerSchema })),
  position: ChecklistPositionSchema,
  summary: ChecklistSummarySchema,
  /** What the outcome proposes (null until the run reaches one); the agent confirms it. */
  outcomeAction: OutcomeActionSchema.nullable(),
});
export type ChecklistRunView = z.infer<typeof ChecklistRunViewSchema>;

export const SuggestInputSchema = z.strictObject({
  text: z.string().max(4000),
  categoryId: z.string().min(1).nullable().default(null),
  /** The ticket being worked on (left out of "similar"). */
  ticketId: z.string().min(1).nullable().default(null),
  limit: z.number().int().min(1).max(20).default(5),
});

export const SuggestionsSchema = z.object({
  similar: z.array(
    z.object({
      ticketId: z.string(),
      displayNumber: z.string(),
      title: z.string(),
      status: TicketStatusSchema,
      categoryId: z.string().nullable(),
      resolution: z.object({ resolutionCode: z.string(), solution: z.string() }).nullable(),
    }),
  ),
  knownErrors: z.array(
    z.object({ problemId: z.string(), displayNumber: z.string(), title: z.string(), workaround: z.string().nullable(), score: z.number() }),
  ),
  checklists: z.array(z.object({ templateId: z.string(), version: z.number(), title: z.string(), categoryId: z.string() })),
});
export type Suggestions = z.infer<typeof SuggestionsSchema>;

export const RepeatDraftSchema = z.strictObject({
  type: TicketTypeSchema.default('incident'),
  requesterId: Id,
  categoryId: Id.nullable(),
  title: z.string().max(500),
  description: z.string().max(20_000).default(''),
});

export const RepeatWarningViewSchema = z.discriminatedUnion('rule', [
  z.object({
    rule: z.literal('same_requester_category'),
    tickets: z.array(z.object({ id: z.string(), displayNumber: z.string(), title: z.string() })),
    problems: z.array(z.object({ id: z.string(), displayNumber: z.string(), title: z.string() })),
    windowDays: z.number(),
  }),
  z.object({ rule: z.literal('reopened'), tickets: z.array(z.object({ id: z.string(), displayNumber: z.string(), title: z.string() })) }),
  z.object({
    rule: z.literal('known_error'),
    problem: z.object({ id: z.string(), displayNumber: z.string(), title: z.string() }),
    score: z.number(),
    workaround: z.string().nullable(),
  }),
]);
export type RepeatWarningView = z.infer<typeof RepeatWarningViewSchema>;

export const ProblemSummarySchema = z.object({
  id: z.string(),
  displayNumber: z.string(),
  title: z.string(),
  status: TicketStatusSchema,
  createdAt: z.string(),
  rootCause: z.string().nullable(),
  workaround: z.string().nullable(),
  knownError: z.boolean(),
  incidentCount: z.number().int(),
});
export type ProblemSummary = z.infer<typeof ProblemSummarySchema>;

export const ProblemRecordViewSchema = ProblemSummarySchema.extend({
  incidents: z.array(QueueRowSchema),
});
export type ProblemRecordView = z.infer<typeof ProblemRecordViewSchema>;

export const EscalatedRowSchema = QueueRowSchema.extend({
  escalation: z.object({
    kind: z.enum(['functional', 'hierarchical']),
    at: z.string(),
    byId: z.string(),
    reason: z.string(),
    fromGroupId: z.string().nullable(),
    toGroupId: z.string().nullable(),
    toLevel: LevelSchema,
  }),
});
export type EscalatedRow = z.infer<typeof EscalatedRowSchema>;

export const AssignmentConfigSchema = z.object({ groupId: z.string(), strategy: AssignmentStrategySchema, lastAgentId: z.string().nullable() });

export const AssignDecisionSchema = z.object({
  kind: z.enum(['assigned', 'queued']),
  agentId: z.string().nullable(),
  reason: z.enum(['manual', 'no_agent_available', 'all_at_capacity']).nullable(),
});

export const AvailabilitySchema = z.object({ availability: AgentAvailabilitySchema });

export const EscalationContextSchema = z.object({
  /** Where a functional escalation goes by default: the latest run's outcome group, else the category's. */
  suggestedGroupId: z.string().nullable(),
  suggestedLevel: LevelSchema.nullable(),
  /** The latest run's summary as plain text (what travels with the escalation). */
  checklistText: z.string().nullable(),
});
