/**
 * The compact snapshot format (docs/sync.md, "Compact snapshot pages"): a snapshot page of the big
 * tables may come as one block per table — a header of column names and one array per row — instead
 * of one change object per row with its keys repeated. Values are the stored ones: JSON columns stay
 * JSON text (`tagsJson`, `dataJson`), booleans are 0/1. The header must equal these lists exactly;
 * a client refuses any other (a server of another version).
 */
export const SNAPSHOT_COLUMNS = {
  tickets: [
    'id', 'number', 'provisionalNumber', 'type', 'title', 'description', 'requesterId', 'organizationId',
    'areaId', 'channel', 'categoryId', 'impact', 'urgency', 'priority', 'status', 'assigneeId', 'groupId',
    'level', 'problemId', 'tagsJson', 'createdAt', 'updatedAt', 'resolvedAt', 'closedAt', 'slaDueAt', 'version',
  ],
  comments: ['id', 'ticketId', 'authorId', 'body', 'visibility', 'createdAt'],
  ticket_events: [
    'id', 'ticketId', 'actorId', 'deviceId', 'at', 'offline', 'kind', 'dataJson', 'clientAt', 'timeCorrected',
  ],
} as const;

export type CompactTable = keyof typeof SNAPSHOT_COLUMNS;

export interface SnapshotBlock {
  table: CompactTable;
  columns: readonly string[];
  rows: unknown[][];
}

/** Ticket statuses that make a ticket "open" (in a queue): the first pass may ask for these only. */
export const OPEN_TICKET_STATUSES = ['new', 'in_progress', 'pending_requester', 'pending_third_party'] as const;
