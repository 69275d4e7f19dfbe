import type { Kysely } from 'kysely';
import {
  AgentAvailabilitySchema,
  AssignmentStrategySchema,
  INITIAL_ASSIGNMENT_STATE,
  type AgentAvailability,
  type AssignmentState,
  type AssignmentStrategy,
} from '../../shared/workflow/assignment/assignment-types';
import { readMeta, writeMeta } from '../store/queries';
import type { Database } from '../store/schema';

// Per-device settings in `sync_meta` (docs/workflow.md, "Assignment"): availability per agent and
// each group's strategy with its round-robin cursor.

const availabilityKey = (agentId: string) => `workflow.availability.${agentId}`;
const assignmentKey = (groupId: string) => `workflow.assignment.${groupId}`;

export async function readAvailability(db: Kysely<Database>, agentId: string): Promise<AgentAvailability> {
  const parsed = AgentAvailabilitySchema.safeParse(await readMeta(db, availabilityKey(agentId)));
  return parsed.success ? parsed.data : 'available';
}

export async function writeAvailability(db: Kysely<Database>, agentId: string, availability: AgentAvailability): Promise<void> {
  await writeMeta(db, availabilityKey(agentId), availability);
}

export interface GroupAssignment extends AssignmentState {
  strategy: AssignmentStrategy;
}

export async function readGroupAssignment(db: Kysely<Database>, groupId: string): Promise<GroupAssignment> {
  const stored = await readMeta(db, assignmentKey(groupId));
  try {
    const value = stored ? (JSON.parse(stored) as { strategy?: unknown; lastAgentId?: unknown }) : {};
    const strategy = AssignmentStrategySchema.safeParse(value.strategy);
    return {
      strategy: strategy.success ? strategy.data : 'manual',
      lastAgentId: typeof value.lastAgentId === 'string' ? value.lastAgentId : INITIAL_ASSIGNMENT_STATE.lastAgentId,
    };
  } catch {
    return { strategy: 'manual', lastAgentId: null };
  }
}

export async function writeGroupAssignment(db: Kysely<Database>, groupId: string, value: GroupAssignment): Promise<void> {
  await writeMeta(db, assignmentKey(groupId), JSON.stringify(value));
}
