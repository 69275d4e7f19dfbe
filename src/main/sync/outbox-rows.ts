import type { Selectable } from 'kysely';
import type { IdGenerator } from '../../shared/domain/ids';
import type { PriorityMatrix } from '../../shared/domain/priority';
import type { ActorRole, MutationContext } from '../../shared/sync/mutation-tx';
import type { OutboxTable } from '../store/schema';

export type OutboxRow = Selectable<OutboxTable>;

const ROLES: readonly ActorRole[] = ['agent', 'specialist', 'supervisor', 'admin', 'requester', 'system'];

export interface ReplayEnvironment {
  newId: IdGenerator;
  priorityMatrix: PriorityMatrix;
  /** For outbox rows written before the sync migration (no stored actor). */
  fallbackActor: { actorId: string; actorRole: ActorRole; deviceId: string };
}

/** The context a queued mutation first ran with: replaying it stamps the same actor and instant. */
export function contextOf(row: OutboxRow, env: ReplayEnvironment): MutationContext {
  const role = ROLES.find((r) => r === row.actor_role) ?? env.fallbackActor.actorRole;
  return {
    actorId: row.actor_id ?? env.fallbackActor.actorId,
    actorRole: role,
    deviceId: row.device_id ?? env.fallbackActor.deviceId,
    now: row.created_at,
    offline: row.offline === 1,
    newId: env.newId,
    priorityMatrix: env.priorityMatrix,
  };
}

/** The ticket a mutation is about, read from its args (ticket.create names it `id`). */
export function ticketIdOfArgs(name: string, args: unknown): string | null {
  if (typeof args !== 'object' || args === null) return null;
  const record = args as Record<string, unknown>;
  const id = name === 'ticket.create' ? record.id : record.ticketId;
  return typeof id === 'string' ? id : null;
}
