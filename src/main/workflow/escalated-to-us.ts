import { sql, type Kysely } from 'kysely';
import type { EscalatedRow } from '../../shared/api/workflow-schemas';
import type { Agent } from '../../shared/domain/people';
import type { TicketEventData } from '../../shared/domain/ticket-event';
import { QUEUE_ROW_COLUMNS, queueRowFromRecord, type QueueRowRecord } from '../store/queries/queue-row';
import type { Database } from '../store/schema';

type Escalation = Extract<TicketEventData, { kind: 'escalated' }>;
const LIMIT = 500;

/**
 * "Escalated to us": open tickets whose latest escalation is addressed to the agent — functional ones
 * to one of the agent's groups (while the ticket is still there), hierarchical ones for a supervisor.
 * Read from the escalations' partial index (escalations first: left alone the planner walks every open
 * ticket), newest escalation first.
 */
export async function escalatedToUs(db: Kysely<Database>, agent: Pick<Agent, 'groupIds' | 'role'>): Promise<EscalatedRow[]> {
  const { rows } = await sql<QueueRowRecord & { e_data: string; e_at: string; e_actor: string }>`
    SELECT ${QUEUE_ROW_COLUMNS}, e.data_json AS e_data, e.at AS e_at, e.actor_id AS e_actor
    FROM ticket_events e
    CROSS JOIN tickets t ON t.id = e.ticket_id
    LEFT JOIN requesters r ON r.id = t.requester_id
    WHERE e.kind = 'escalated'
      AND e.seq = (SELECT max(x.seq) FROM ticket_events x WHERE x.ticket_id = e.ticket_id AND x.kind = 'escalated')
      AND t.status IN ('new','in_progress','pending_requester','pending_third_party')
    ORDER BY e.at DESC`.execute(db);
  const groups = new Set(agent.groupIds);
  const supervisor = agent.role === 'supervisor' || agent.role === 'admin';
  const out: EscalatedRow[] = [];
  for (const row of rows) {
    const data = JSON.parse(row.e_data) as Escalation;
    const forUs =
      data.escalation === 'functional'
        ? data.to.groupId !== null && groups.has(data.to.groupId) && row.group_id === data.to.groupId
        : supervisor;
    if (!forUs) continue;
    out.push({
      ...queueRowFromRecord(row),
      escalation: {
        kind: data.escalation,
        at: row.e_at,
        byId: row.e_actor,
        reason: data.reason,
        fromGroupId: data.from.groupId,
        toGroupId: data.to.groupId,
        toLevel: data.to.level,
      },
    });
    if (out.length >= LIMIT) break;
  }
  return out;
}
