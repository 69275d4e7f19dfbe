import type { Id } from '../../domain/ids';
import { hasCapacity, isEligible, weightedLoad } from './agent-load';
import type { AssignableAgent, AssignmentDecision, AssignmentState, AssignmentStrategy } from './assignment-types';

/** Agents in round-robin order: by id, starting right after the last one chosen (wrapping around). */
export function rotationOrder<T extends { id: Id }>(agents: readonly T[], lastAgentId: Id | null): T[] {
  const sorted = [...agents].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  if (lastAgentId === null) return sorted;
  // By position in id order, so the rotation continues even if the last agent left the group.
  const start = sorted.findIndex((a) => a.id > lastAgentId);
  return start < 0 ? sorted : [...sorted.slice(start), ...sorted.slice(0, start)];
}

/** Nobody eligible: say whether nobody is available or everyone available is full. */
function queued(agents: readonly AssignableAgent[], state: AssignmentState): AssignmentDecision {
  const someoneAvailable = agents.some((a) => a.availability === 'available');
  return { kind: 'queued', reason: someoneAvailable ? 'all_at_capacity' : 'no_agent_available', nextState: state };
}

/**
 * Picks the agent a new ticket of the group goes to. Pure and deterministic: the same agents and state
 * give the same choice. Only available agents under their capacity are chosen.
 * - manual: nobody; the ticket waits in the group queue.
 * - round_robin: the next eligible agent after the last one chosen.
 * - least_loaded: the eligible agent with the lowest open load weighted by priority; ties go to the
 *   first in round-robin order, so equal agents take turns.
 */
export function chooseAssignee(
  strategy: AssignmentStrategy,
  agents: readonly AssignableAgent[],
  state: AssignmentState,
): AssignmentDecision {
  if (strategy === 'manual') return { kind: 'queued', reason: 'manual', nextState: state };
  const candidates = rotationOrder(agents, state.lastAgentId).filter(isEligible);
  let chosen = candidates[0];
  if (strategy === 'least_loaded') {
    for (const agent of candidates) if (chosen && weightedLoad(agent) < weightedLoad(chosen)) chosen = agent;
  }
  if (!chosen) return queued(agents, state);
  return { kind: 'assigned', agentId: chosen.id, nextState: { lastAgentId: chosen.id } };
}

export type ManualAssignmentWarning = 'not_available' | 'at_capacity';

/**
 * A supervisor or agent assigning by hand: an agent outside the group is refused (the server refuses
 * it too); an unavailable or full agent is allowed with a warning the UI shows before confirming.
 */
export function assessManualAssignment(
  agent: AssignableAgent & { groupIds: readonly Id[] },
  groupId: Id,
): { allowed: boolean; warnings: ManualAssignmentWarning[] } {
  if (!agent.groupIds.includes(groupId)) return { allowed: false, warnings: [] };
  const warnings: ManualAssignmentWarning[] = [];
  if (agent.availability !== 'available') warnings.push('not_available');
  if (!hasCapacity(agent)) warnings.push('at_capacity');
  return { allowed: true, warnings };
}
