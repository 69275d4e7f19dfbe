import type { Kysely } from 'kysely';
import type { Priority } from '../../shared/domain/ticket-enums';
import type { AssignableAgent, AssignmentDecision } from '../../shared/workflow/assignment/assignment-types';
import { chooseAssignee } from '../../shared/workflow/assignment/choose-assignee';
import type { Database } from '../store/schema';
import { readAvailability, readGroupAssignment, writeGroupAssignment } from './agent-settings';

const OPEN = ['new', 'in_progress', 'pending_requester', 'pending_third_party'];

/** The group's members as the strategies see them: availability (this device's record) and open load. */
export async function assignableAgents(db: Kysely<Database>, groupId: string): Promise<AssignableAgent[]> {
  const members = await db.selectFrom('agent_groups').select('agent_id').where('group_id', '=', groupId).execute();
  const ids = members.map((m) => m.agent_id);
  if (ids.length === 0) return [];
  const load = await db
    .selectFrom('tickets')
    .select(['assignee_id', 'priority', (eb) => eb.fn.countAll<number>().as('n')])
    .where('assignee_id', 'in', ids)
    .where('status', 'in', OPEN)
    .groupBy(['assignee_id', 'priority'])
    .execute();
  return Promise.all(
    ids.map(async (id) => {
      const openByPriority: Partial<Record<Priority, number>> = {};
      for (const l of load) if (l.assignee_id === id) openByPriority[l.priority as Priority] = Number(l.n);
      // Capacity is not configured per agent yet: no limit.
      return { id, availability: await readAvailability(db, id), capacity: null, openByPriority };
    }),
  );
}

/** Chooses by the group's strategy and stores the group's next cursor (the caller assigns). */
export async function decideAssignee(db: Kysely<Database>, groupId: string): Promise<AssignmentDecision> {
  const config = await readGroupAssignment(db, groupId);
  const decision = chooseAssignee(config.strategy, await assignableAgents(db, groupId), { lastAgentId: config.lastAgentId });
  if (decision.kind === 'assigned') await writeGroupAssignment(db, groupId, { strategy: config.strategy, ...decision.nextState });
  return decision;
}
