import { sql, type RawBuilder } from 'kysely';
import type { QueueRow } from '../../../shared/api/queue-schemas';

/** The columns a queue row (and a search hit) shows, read from `tickets t` and `requesters r`. */
export const QUEUE_ROW_COLUMNS: RawBuilder<unknown> = sql.raw(`t.id, t.number, t.provisional_number, t.title, t.type,
  t.status, t.priority, t.channel, t.category_id, t.organization_id, r.name AS requester_name, t.assignee_id,
  t.group_id, t.created_at, t.updated_at, t.sla_due_at`);

export interface QueueRowRecord {
  id: string;
  number: string | null;
  provisional_number: string;
  title: string;
  type: string;
  status: string;
  priority: string;
  channel: string;
  category_id: string | null;
  organization_id: string;
  /** Null when the requester is outside this device's synced scope. */
  requester_name: string | null;
  assignee_id: string | null;
  group_id: string | null;
  created_at: string;
  updated_at: string;
  sla_due_at: string | null;
}

export function queueRowFromRecord(row: QueueRowRecord): QueueRow {
  return {
    id: row.id,
    displayNumber: row.number ?? row.provisional_number,
    title: row.title,
    type: row.type as QueueRow['type'],
    status: row.status as QueueRow['status'],
    priority: row.priority as QueueRow['priority'],
    channel: row.channel as QueueRow['channel'],
    categoryId: row.category_id,
    organizationId: row.organization_id,
    requesterName: row.requester_name ?? '',
    assigneeId: row.assignee_id,
    groupId: row.group_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    slaDueAt: row.sla_due_at,
  };
}
