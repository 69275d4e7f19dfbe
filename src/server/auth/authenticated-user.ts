import type { Kysely } from 'kysely';
import type { Selectable } from 'kysely';
import type { ServerDatabase, UsersTable } from '../db/schema';
import { userScopes, type Scope, type UserRole } from '../sync/scopes';

/** Who is calling, resolved once per request from the bearer token. */
export interface AuthenticatedUser {
  userId: string;
  email: string;
  role: UserRole;
  agentId: string | null;
  requesterId: string | null;
  groupIds: string[];
  scopes: ReadonlySet<Scope>;
  /** Hash of the session token the request came with (logout and rotation revoke this one). */
  tokenHash: string;
}

export const USER_ROLES: readonly UserRole[] = ['agent', 'specialist', 'supervisor', 'admin', 'requester'];

export function isUserRole(value: string): value is UserRole {
  return (USER_ROLES as readonly string[]).includes(value);
}

/** Groups are read per request so a change of membership takes effect on the next call. */
export async function resolveUser(
  db: Kysely<ServerDatabase>,
  user: Selectable<UsersTable>,
  tokenHash: string,
): Promise<AuthenticatedUser | null> {
  if (!isUserRole(user.role)) return null;
  const groupIds = user.agent_id
    ? (
        await db.selectFrom('agent_groups').select('group_id').where('agent_id', '=', user.agent_id).execute()
      ).map((r) => r.group_id)
    : [];
  const subject = { role: user.role, agentId: user.agent_id, requesterId: user.requester_id, groupIds };
  return {
    userId: user.id,
    email: user.email,
    role: user.role,
    agentId: user.agent_id,
    requesterId: user.requester_id,
    groupIds,
    scopes: new Set(userScopes(subject)),
    tokenHash,
  };
}

/** The id mutations are stamped with: the agent or requester the account stands for. */
export function actorIdOf(user: AuthenticatedUser): string {
  return user.agentId ?? user.requesterId ?? user.userId;
}
