import { z } from 'zod';
import {
  ChannelSchema,
  CommentVisibilitySchema,
  ImpactSchema,
  LevelSchema,
  PrioritySchema,
  TicketStatusSchema,
  UrgencySchema,
} from './ticket-enums';

const IdSchema = z.string().min(1);
const NullableId = IdSchema.nullable();

/** The SLA targets a clock measures (src/shared/sla/clock.ts). */
export const SLA_TARGET_KINDS = ['first_response', 'next_update', 'resolution'] as const;
export const SlaTargetKindSchema = z.enum(SLA_TARGET_KINDS);
export type SlaTargetKind = z.infer<typeof SlaTargetKindSchema>;

/** warning and critical are the policy's thresholds (default 75 % / 90 %); breach is the due time. */
export const SLA_ALERT_LEVELS = ['warning', 'critical', 'breach'] as const;
export const SlaAlertLevelSchema = z.enum(SLA_ALERT_LEVELS);
export type SlaAlertLevel = z.infer<typeof SlaAlertLevelSchema>;

// Phone channel: a call the agent logged at the desktop about this ticket (answer and handling times).
// Wait = start → answer, talk = answer → end; notes are the agent's own (staff only).
const CallLoggedSchema = z.object({
  kind: z.literal('call_logged'),
  callId: IdSchema,
  direction: z.enum(['inbound', 'outbound']),
  queue: z.string().nullable(),
  startedAt: z.string(),
  answeredAt: z.string().nullable(),
  endedAt: z.string(),
  waitSeconds: z.number().int().nonnegative(),
  talkSeconds: z.number().int().nonnegative(),
  notes: z.string().nullable(),
});

/**
 * The append-only history. Each kind has its own payload so the timeline, the SLA clock and
 * the KPIs read one shape; later issues add kinds (sla alerts, escalations, checklist answers).
 */
export const TicketEventDataSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('created'),
    channel: ChannelSchema,
    status: TicketStatusSchema,
    priority: PrioritySchema,
  }),
  z.object({ kind: z.literal('categorized'), from: NullableId, to: NullableId }),
  z.object({
    kind: z.literal('prioritized'),
    from: z.object({ impact: ImpactSchema, urgency: UrgencySchema, priority: PrioritySchema }),
    to: z.object({ impact: ImpactSchema, urgency: UrgencySchema, priority: PrioritySchema }),
  }),
  z.object({
    kind: z.literal('status_changed'),
    from: TicketStatusSchema,
    to: TicketStatusSchema,
    reason: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('assigned'),
    from: z.object({ assigneeId: NullableId, groupId: NullableId }),
    to: z.object({ assigneeId: NullableId, groupId: NullableId }),
  }),
  z.object({ kind: z.literal('commented'), commentId: IdSchema, visibility: CommentVisibilitySchema }),
  // SLA alerts (docs/sla.md "Alert events"): one event per notification actually raised, repeats
  // included, so the supervisor's dashboard can show the alert feed and how long alerts went unanswered.
  z.object({
    kind: z.literal('sla_alert'),
    /** Stable per (ticket, target, level, clock start): repeats and the acknowledgment share it. */
    alertId: IdSchema,
    target: SlaTargetKindSchema,
    level: SlaAlertLevelSchema,
    /** 0 for the first notification, then 1, 2… for each repeat. */
    repeat: z.number().int().nonnegative(),
    /** The instant the threshold was crossed (not when the notification was shown). */
    thresholdAt: z.string(),
    dueAt: z.string().nullable(),
  }),
  z.object({
    kind: z.literal('sla_alert_acknowledged'),
    alertId: IdSchema,
    target: SlaTargetKindSchema,
    level: SlaAlertLevelSchema,
  }),
  // The agent put an alert off: its repeats wait until `until`; the reason is part of the record.
  z.object({
    kind: z.literal('sla_alert_snoozed'),
    alertId: IdSchema,
    target: SlaTargetKindSchema,
    level: SlaAlertLevelSchema,
    until: z.string(),
    reason: z.string(),
  }),
  // Functional (to another group/level: the ticket changes hands) or hierarchical (to the supervisor:
  // the assignee keeps it). Always with a reason.
  z.object({
    kind: z.literal('escalated'),
    escalation: z.enum(['functional', 'hierarchical']),
    from: z.object({ assigneeId: NullableId, groupId: NullableId, level: LevelSchema }),
    to: z.object({ assigneeId: NullableId, groupId: NullableId, level: LevelSchema }),
    reason: z.string(),
  }),
  // First-line workflow (docs/workflow.md). A checklist run lives in its events: the start names the
  // template version the run keeps; each answer records where it led (a step or an outcome).
  z.object({
    kind: z.literal('checklist_started'),
    runId: IdSchema,
    templateId: IdSchema,
    templateVersion: z.number().int().positive(),
  }),
  z.object({
    kind: z.literal('checklist_answered'),
    runId: IdSchema,
    stepId: z.string().min(1),
    answer: z.union([z.boolean(), z.number(), z.string()]),
    next: z.object({ type: z.enum(['step', 'outcome']), id: z.string().min(1) }),
  }),
  // Written next to the `status_changed` to resolved: how it was solved, and whether the agent solved
  // it in the first contact (first-contact resolution also needs the history, src/shared/workflow).
  z.object({
    kind: z.literal('resolution_recorded'),
    resolutionCode: z.string().min(1),
    solution: z.string(),
    firstContact: z.boolean(),
  }),
  // On both the problem and the incident, so each history tells it.
  z.object({ kind: z.literal('problem_linked'), problemId: IdSchema, incidentId: IdSchema }),
  z.object({ kind: z.literal('problem_unlinked'), problemId: IdSchema, incidentId: IdSchema }),
  // Only the fields that changed; the current record is the fold of these (src/shared/workflow/problem-record.ts).
  z.object({
    kind: z.literal('problem_updated'),
    rootCause: z.string().nullable().optional(),
    workaround: z.string().nullable().optional(),
    knownError: z.boolean().optional(),
  }),
  // Active documentation time measured by the editor (KPI "average documentation time").
  z.object({ kind: z.literal('documentation_time_recorded'), seconds: z.number().int().positive() }),
  // The requester's satisfaction survey answer (ticket.rate, once, after closure).
  z.object({
    kind: z.literal('rated'),
    score: z.number().int().min(1).max(5),
    comment: z.string().nullable(),
  }),
  CallLoggedSchema,
]);
export type TicketEventData = z.infer<typeof TicketEventDataSchema>;
export type TicketEventKind = TicketEventData['kind'];

export const TicketEventSchema = z.object({
  id: IdSchema,
  ticketId: IdSchema,
  actorId: IdSchema,
  deviceId: z.string(),
  at: z.string(),
  /** True when the event was made while the device was offline (audit and clock correction). */
  offline: z.boolean(),
  /** The device's claimed time when the server moved the event into the window it vouches for. */
  clientAt: z.string().nullable().optional(),
  /** True when the server clamped the device's claim (docs/sync.md, Clock clamping). */
  timeCorrected: z.boolean().optional(),
  data: TicketEventDataSchema,
});
export type TicketEvent = z.infer<typeof TicketEventSchema>;
