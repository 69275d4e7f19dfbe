import { z } from 'zod';
import type { Id } from '../../domain/ids';
import type { Priority } from '../../domain/ticket-enums';

/** Set by the agent in the app, and to `away` by idle detection. Only `available` agents get new work. */
export const AGENT_AVAILABILITIES = ['available', 'busy', 'away', 'offline'] as const;
export const AgentAvailabilitySchema = z.enum(AGENT_AVAILABILITIES);
export type AgentAvailability = z.infer<typeof AgentAvailabilitySchema>;

export const ASSIGNMENT_STRATEGIES = ['manual', 'round_robin', 'least_loaded'] as const;
export const AssignmentStrategySchema = z.enum(ASSIGNMENT_STRATEGIES);
export type AssignmentStrategy = z.infer<typeof AssignmentStrategySchema>;

/** A group member as the strategies see them. */
export interface AssignableAgent {
  id: Id;
  availability: AgentAvailability;
  /** Most open tickets the agent may hold (null: no limit). */
  capacity: number | null;
  /** The agent's open tickets, counted per priority. */
  openByPriority: Partial<Record<Priority, number>>;
}

/** Per-group memory between assignments: the last agent chosen (the round-robin cursor). */
export interface AssignmentState {
  lastAgentId: Id | null;
}

export const INITIAL_ASSIGNMENT_STATE: AssignmentState = { lastAgentId: null };

export type AssignmentDecision =
  | { kind: 'assigned'; agentId: Id; nextState: AssignmentState }
  /** manual: the ticket waits in the group's queue for someone to claim or assign it. */
  | { kind: 'queued'; reason: 'manual' | 'no_agent_available' | 'all_at_capacity'; nextState: AssignmentState };

/** Least-loaded weights: a P1 weighs like four P4s. */
export const PRIORITY_WEIGHTS: Readonly<Record<Priority, number>> = { P1: 4, P2: 3, P3: 2, P4: 1 };
