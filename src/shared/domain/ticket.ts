import { z } from 'zod';
import {
  ChannelSchema,
  CommentVisibilitySchema,
  ImpactSchema,
  LevelSchema,
  PrioritySchema,
  TicketStatusSchema,
  TicketTypeSchema,
  UrgencySchema,
} from './ticket-enums';

const IdSchema = z.string().min(1);
const IsoSchema = z.string().min(1);

export const TicketSchema = z.object({
  id: IdSchema,
  /** Server-assigned human number (MS-10234); null until the server has seen the ticket. */
  number: z.string().nullable(),
  /** Shown while `number` is null, e.g. "~7F3A-0012", so an offline ticket can be talked about. */
  provisionalNumber: z.string(),
  type: TicketTypeSchema,
  title: z.string(),
  description: z.string(),
  requesterId: IdSchema,
  organizationId: IdSchema,
  areaId: IdSchema.nullable(),
  channel: ChannelSchema,
  categoryId: IdSchema.nullable(),
  impact: ImpactSchema,
  urgency: UrgencySchema,
  priority: PrioritySchema,
  status: TicketStatusSchema,
  assigneeId: IdSchema.nullable(),
  groupId: IdSchema.nullable(),
  level: LevelSchema,
  problemId: IdSchema.nullable(),
  tags: z.array(z.string()),
  createdAt: IsoSchema,
  updatedAt: IsoSchema,
  resolvedAt: IsoSchema.nullable(),
  closedAt: IsoSchema.nullable(),
  /** Next SLA due instant (cached by the SLA engine for sorting; the clock itself is derived). */
  slaDueAt: IsoSchema.nullable(),
  /** Bumped on every change; sensitive edits carry the version they were based on. */
  version: z.number().int().nonnegative(),
});
export type Ticket = z.infer<typeof TicketSchema>;

export const TicketCommentSchema = z.object({
  id: IdSchema,
  ticketId: IdSchema,
  authorId: IdSchema,
  body: z.string(),
  visibility: CommentVisibilitySchema,
  createdAt: IsoSchema,
});
export type TicketComment = z.infer<typeof TicketCommentSchema>;

export function displayNumber(ticket: Pick<Ticket, 'number' | 'provisionalNumber'>): string {
  return ticket.number ?? ticket.provisionalNumber;
}
