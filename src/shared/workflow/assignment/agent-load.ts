import type { Priority } from '../../domain/ticket-enums';
import { PRIORITY_WEIGHTS, type AssignableAgent } from './assignment-types';

const PRIORITIES = Object.keys(PRIORITY_WEIGHTS) as Priority[];

export function openTicketCount(agent: Pick<AssignableAgent, 'openByPriority'>): number {
  return PRIORITIES.reduce((sum, p) => sum + (agent.openByPriority[p] ?? 0), 0);
}

/** Open tickets weighted by priority (P1=4, P2=3, P3=2, P4=1). */
export function weightedLoad(agent: Pick<AssignableAgent, 'openByPriority'>): number {
  return PRIORITIES.reduce((sum, p) => sum + PRIORITY_WEIGHTS[p] * (agent.openByPriority[p] ?? 0), 0);
}

export function hasCapacity(agent: AssignableAgent): boolean {
  return agent.capacity === null || openTicketCount(agent) < agent.capacity;
}

/** Who may receive a ticket automatically: available and under capacity. */
export function isEligible(agent: AssignableAgent): boolean {
  return agent.availability === 'available' && hasCapacity(agent);
}
