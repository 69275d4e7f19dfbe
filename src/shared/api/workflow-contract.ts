/** The first-line workflow part of the bridge contract, spread into `apiMethods` (contract.ts). */
import { z } from 'zod';
import { AgentAvailabilitySchema, AssignmentStrategySchema } from '../workflow/assignment/assignment-types';
import { ChecklistTemplateSchema } from '../workflow/checklist/checklist-schema';
import { MacroSchema } from '../workflow/macros';
import { ResolutionCodeSchema } from '../workflow/resolution-codes';
import {
  AssignDecisionSchema,
  AssignmentConfigSchema,
  AvailabilitySchema,
  ChecklistRunViewSchema,
  EscalatedRowSchema,
  EscalationContextSchema,
  ProblemRecordViewSchema,
  ProblemSummarySchema,
  RepeatDraftSchema,
  RepeatWarningViewSchema,
  SuggestInputSchema,
  SuggestionsSchema,
} from './workflow-schemas';

const Empty = z.strictObject({});
const TicketId = z.strictObject({ ticketId: z.string().min(1).max(100) });
const GroupId = z.strictObject({ groupId: z.string().min(1).max(100) });

export const workflowApiMethods = {
  'checklist.templatesForTicket': { input: TicketId, output: z.array(ChecklistTemplateSchema) },
  'checklist.runs': { input: TicketId, output: z.array(ChecklistRunViewSchema) },
  /** Latest version of every active template (the checklist editor, supervisors and admins). */
  'checklist.templates.list': { input: Empty, output: z.array(ChecklistTemplateSchema) },
  /**
   * Validates (schema, then graph against known groups and resolution codes) and stores the template as
   * the next version of its id; the version given is ignored. Refused: `checklist.invalid_template` with
   * field errors `nodes.<id>`; not a supervisor/admin: `auth.forbidden`. The template is checked by the
   * handler, not at the edge, so every problem comes back named by its step.
   */
  'checklist.templates.save': {
    input: z.strictObject({ template: z.record(z.string(), z.unknown()) }),
    output: ChecklistTemplateSchema,
  },
  'resolution.codes': { input: Empty, output: z.array(ResolutionCodeSchema) },
  'diagnosis.suggest': { input: SuggestInputSchema, output: SuggestionsSchema },
  'problems.repeatCheck': { input: RepeatDraftSchema, output: z.array(RepeatWarningViewSchema) },
  'problems.list': {
    input: z.strictObject({ query: z.string().trim().max(200).default(''), limit: z.number().int().min(1).max(200).default(50) }),
    output: z.array(ProblemSummarySchema),
  },
  'problems.get': { input: z.strictObject({ problemId: z.string().min(1).max(100) }), output: ProblemRecordViewSchema },
  'macros.list': { input: Empty, output: z.array(MacroSchema) },
  'availability.get': { input: Empty, output: AvailabilitySchema },
  'availability.set': { input: z.strictObject({ availability: AgentAvailabilitySchema }), output: AvailabilitySchema },
  'assignment.getStrategy': { input: GroupId, output: AssignmentConfigSchema },
  'assignment.setStrategy': {
    input: z.strictObject({ groupId: z.string().min(1).max(100), strategy: AssignmentStrategySchema }),
    output: AssignmentConfigSchema,
  },
  'assignment.assignByStrategy': { input: TicketId, output: AssignDecisionSchema },
  'escalation.context': { input: TicketId, output: EscalationContextSchema },
  'escalation.toUs': { input: Empty, output: z.array(EscalatedRowSchema) },
} as const;
