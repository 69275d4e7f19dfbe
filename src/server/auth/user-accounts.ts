import type { Kysely } from 'kysely';
import { newId } from '../../shared/domain/ids';
import type { ServerDatabase } from '../db/schema';
import type { UserRole } from '../sync/scopes';
import { DEFAULT_PASSWORD_COST, hashPassword, type PasswordHashingCost } from './password';

export interface NewUser {
  email: string;
  password: string;
  role: UserRole;
  agentId?: string | null;
  requesterId?: string | null;
}

/** Emails are compared case-insensitively: they are stored trimmed and lower-cased. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export async function createUser(
  db: Kysely<ServerDatabase>,
  user: NewUser,
  cost: PasswordHashingCost = DEFAULT_PASSWORD_COST,
): Promise<string> {
  const id = newId();
  await db
    .insertInto('users')
    .values({
      id,
      email: normalizeEmail(user.email),
      password_hash: await hashPassword(user.password, cost),
      role: user.role,
      agent_id: user.agentId ?? null,
      requester_id: user.requesterId ?? null,
      disabled: 0,
      created_at: new Date().toISOString(),
    })
    .execute();
  return id;
}

export async function findUserByEmail(db: Kysely<ServerDatabase>, email: string) {
  return db.selectFrom('users').selectAll().where('email', '=', normalizeEmail(email)).executeTakeFirst();
}
