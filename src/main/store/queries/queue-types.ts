import type { z } from 'zod';
import type { QueueFilters, QueuePageInputSchema, QueueView } from '../../../shared/api/queue-schemas';

export type QueuePageParsed = z.output<typeof QueuePageInputSchema>;

/** Whose queues: the signed-in agent and the groups they belong to. */
export interface QueueScope {
  agentId: string;
  groupIds: string[];
}

export interface QueueQuery {
  scope: QueueScope;
  view: QueueView;
  filters: QueueFilters;
}
