/** Shapes of the SLA bridge methods (sla-contract.ts): clock results, spans, configuration, settings. */
import { z } from 'zod';
import { LevelSchema } from '../domain/ticket-enums';
import { SlaAlertLevelSchema, SlaTargetKindSchema } from '../domain/ticket-event';

const Params = z.record(z.string(), z.union([z.string(), z.number()]));

export const SlaTargetClockSchema = z.object({
  target: SlaTargetKindSchema,
  targetSeconds: z.number(),
  state: z.enum(['running', 'paused', 'met', 'warning', 'breached']),
  level: z.enum(['none', 'warning', 'critical', 'breach']),
  startedAt: z.string(),
  dueAt: z.string(),
  elapsedSeconds: z.number(),
  remainingSeconds: z.number(),
  completedAt: z.string().nullable(),
  breachedAt: z.string().nullable(),
  applicable: z.boolean(),
  nextTransitionAt: z.string().nullable(),
  nextLevel: SlaAlertLevelSchema.nullable(),
});
export type SlaTargetClockView = z.infer<typeof SlaTargetClockSchema>;

export const SlaExplanationItemSchema = z.object({ code: z.string(), params: Params });

/** One stretch of the ticket's life for the SLA timeline bar. */
export const SlaSpanSchema = z.object({
  kind: z.enum(['running', 'paused', 'stopped']),
  from: z.string(),
  to: z.string(),
  /** The status that paused or stopped the clock. */
  status: z.string().nullable(),
});
export type SlaSpan = z.infer<typeof SlaSpanSchema>;

export const SlaAlertViewSchema = z.object({
  alertId: z.string(),
  target: SlaTargetKindSchema,
  level: SlaAlertLevelSchema,
  firstFiredAt: z.string(),
  acknowledgedAt: z.string().nullable(),
  snoozedUntil: z.string().nullable(),
});
export type SlaAlertView = z.infer<typeof SlaAlertViewSchema>;

export const SlaForTicketSchema = z.object({
  ticketId: z.string(),
  evaluatedAt: z.string(),
  policy: z.object({ id: z.string(), name: z.string() }).nullable(),
  calendar: z.object({ id: z.string(), name: z.string(), timeZone: z.string() }).nullable(),
  paused: z.boolean(),
  targets: z.array(SlaTargetClockSchema),
  explanation: z.array(SlaExplanationItemSchema),
  spans: z.array(SlaSpanSchema),
  alerts: z.array(SlaAlertViewSchema),
});
export type SlaForTicket = z.infer<typeof SlaForTicketSchema>;

/** Calendars and policies travel as admin-written JSON and are validated by the shared SLA parsers. */
export const SlaConfigIdSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9_-]{0,63}$/);

export const SlaCalendarEntrySchema = z.object({
  id: z.string(),
  name: z.string(),
  calendar: z.unknown(),
  updatedAt: z.string(),
  usedBy: z.array(z.string()),
});

export const SlaPolicyEntrySchema = z.object({ id: z.string(), name: z.string(), policy: z.unknown() });

export const SlaPolicyTicketSchema = z.strictObject({
  organizationId: z.string().min(1).nullable().default(null),
  contractId: z.string().min(1).nullable().default(null),
  ticketType: z.string().min(1).nullable().default(null),
  priority: z.string().min(1).nullable().default(null),
  areaId: z.string().min(1).nullable().default(null),
  categoryId: z.string().min(1).nullable().default(null),
});

export const SlaPolicyTestSchema = z.object({
  contractId: z.string().nullable(),
  selection: z
    .object({
      policyId: z.string(),
      policyName: z.string(),
      reason: z.object({ code: z.string(), params: Params }),
      matchedFields: z.array(z.string()),
      candidateCount: z.number().int(),
    })
    .nullable(),
});

export const SlaSettingsSchema = z
  .strictObject({
    /** Default thresholds (percent of a target) given to policies saved without their own. */
    warningPercent: z.number().int().min(1).max(99),
    criticalPercent: z.number().int().min(2).max(100),
    repeatIntervalMinutes: z.number().int().min(1).max(1440),
    doNotDisturb: z.boolean(),
  })
  .superRefine((s, ctx) => {
    if (s.warningPercent >= s.criticalPercent) {
      ctx.addIssue({
        code: 'too_big',
        origin: 'number',
        maximum: s.criticalPercent - 1,
        inclusive: true,
        path: ['warningPercent'],
        message: 'warning must be below critical',
      });
    }
  });
export type SlaSettings = z.infer<typeof SlaSettingsSchema>;
export const DEFAULT_SLA_SETTINGS: SlaSettings = {
  warningPercent: 75,
  criticalPercent: 90,
  repeatIntervalMinutes: 10,
  doNotDisturb: false,
};

export const WeekPreviewSchema = z.object({
  timeZone: z.string(),
  days: z.array(
    z.object({
      date: z.string(),
      weekday: z.string(),
      holiday: z.string().nullable(),
      exception: z.boolean(),
      /** Local wall-clock "HH:MM" pairs. */
      intervals: z.array(z.tuple([z.string(), z.string()])),
      businessMinutes: z.number().int(),
    }),
  ),
});
export type WeekPreview = z.infer<typeof WeekPreviewSchema>;

/** Pushed when this workstation raised an SLA alert (escalation prompt, alert feed). */
export const SlaAlertEventSchema = z.object({
  alertId: z.string(),
  ticketId: z.string(),
  displayNumber: z.string(),
  title: z.string(),
  target: SlaTargetKindSchema,
  level: SlaAlertLevelSchema,
  dueAt: z.string().nullable(),
  repeat: z.number().int(),
  priority: z.string(),
  assigneeId: z.string().nullable(),
  groupId: z.string().nullable(),
  /** Group suggested for a functional escalation (per-category default), or null. */
  suggestedGroupId: z.string().nullable(),
  suggestedLevel: LevelSchema.nullable(),
});
export type SlaAlertEvent = z.infer<typeof SlaAlertEventSchema>;
