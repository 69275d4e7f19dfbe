import { z } from 'zod';
import {
  ChannelSchema,
  CommentVisibilitySchema,
  ImpactSchema,
  PrioritySchema,
  TicketStatusSchema,
  UrgencySchema,
} from './ticket-enums';

const IdSchema = z.string().min(1);
const NullableId = IdSchema.nullable();

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
  data: TicketEventDataSchema,
});
export type TicketEvent = z.infer<typeof TicketEventSchema>;
