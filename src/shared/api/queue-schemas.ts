import { z } from 'zod';
import {
  ChannelSchema,
  PrioritySchema,
  TicketStatusSchema,
  TicketTypeSchema,
} from '../domain/ticket-enums';

export const QUEUE_VIEWS = ['mine', 'group', 'unassigned', 'all_open'] as const;
export const QueueViewSchema = z.enum(QUEUE_VIEWS);
export type QueueView = z.infer<typeof QueueViewSchema>;

export const QUEUE_SORT_KEYS = ['priority', 'age', 'sla_due'] as const;
export const QueueSortSchema = z.strictObject({
  by: z.enum(QUEUE_SORT_KEYS),
  direction: z.enum(['asc', 'desc']),
});
export type QueueSort = z.infer<typeof QueueSortSchema>;

const IdList = z.array(z.string().min(1)).max(200);

export const QueueFiltersSchema = z.strictObject({
  statuses: z.array(TicketStatusSchema).max(10).default([]),
  priorities: z.array(PrioritySchema).max(4).default([]),
  categoryIds: IdList.default([]),
  channels: z.array(ChannelSchema).max(5).default([]),
  organizationIds: IdList.default([]),
});
export type QueueFilters = z.infer<typeof QueueFiltersSchema>;

export const QueuePageInputSchema = z.strictObject({
  view: QueueViewSchema,
  sort: QueueSortSchema,
  filters: QueueFiltersSchema,
  offset: z.number().int().min(0),
  limit: z.number().int().min(1).max(500),
});
export type QueuePageInput = z.input<typeof QueuePageInputSchema>;

/** What a queue row needs and nothing more: rows are fetched by the page as the list scrolls. */
export const QueueRowSchema = z.object({
  id: z.string(),
  displayNumber: z.string(),
  title: z.string(),
  type: TicketTypeSchema,
  status: TicketStatusSchema,
  priority: PrioritySchema,
  channel: ChannelSchema,
  categoryId: z.string().nullable(),
  organizationId: z.string(),
  requesterName: z.string(),
  assigneeId: z.string().nullable(),
  groupId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  slaDueAt: z.string().nullable(),
});
export type QueueRow = z.infer<typeof QueueRowSchema>;

export const QueuePageSchema = z.object({ total: z.number().int(), offset: z.number().int(), rows: z.array(QueueRowSchema) });
export type QueuePage = z.infer<typeof QueuePageSchema>;

export const QueueCountsSchema = z.record(QueueViewSchema, z.number().int());
export type QueueCounts = z.infer<typeof QueueCountsSchema>;

export const SearchInputSchema = z.strictObject({
  query: z.string().trim().min(1).max(200),
  limit: z.number().int().min(1).max(100).default(50),
});
export const SearchHitSchema = QueueRowSchema.extend({ snippet: z.string() });
export type SearchHit = z.infer<typeof SearchHitSchema>;
