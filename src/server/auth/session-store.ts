import type { Kysely, Selectable } from 'kysely';
import type { ServerDatabase, UsersTable } from '../db/schema';
import { hashSessionToken, newSessionToken } from './session-tokens';

export interface IssuedSession {
  token: string;
  expiresAt: string;
}

export async function createSession(
  db: Kysely<ServerDatabase>,
  userId: string,
  ttlMs: number,
  nowMs: number,
): Promise<IssuedSession> {
  const token = newSessionToken();
  const expiresAt = new Date(nowMs + ttlMs).toISOString();
  await db
    .insertInto('sessions')
    .values({
      token_hash: hashSessionToken(token),
      user_id: userId,
      created_at: new Date(nowMs).toISOString(),
      expires_at: expiresAt,
      revoked_at: null,
    })
    .execute();
  return { token, expiresAt };
}

/** The account behind a live session: not revoked, not expired, not disabled. */
export async function findSessionUser(
  db: Kysely<ServerDatabase>,
  tokenHash: string,
  nowMs: number,
): Promise<Selectable<UsersTable> | undefined> {
  return db
    .selectFrom('sessions')
    .innerJoin('users', 'users.id', 'sessions.user_id')
    .selectAll('users')
    .where('sessions.token_hash', '=', tokenHash)
    .where('sessions.revoked_at', 'is', null)
    .where('sessions.expires_at', '>', new Date(nowMs).toISOString())
    .where('users.disabled', '=', 0)
    .executeTakeFirst();
}

export async function revokeSession(
  db: Kysely<ServerDatabase>,
  tokenHash: string,
  nowMs: number,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: new Date(nowMs).toISOString() })
    .where('token_hash', '=', tokenHash)
    .where('revoked_at', 'is', null)
    .execute();
}

/** Swaps a live token for a fresh one in one transaction: the old one stops working at once. */
export async function rotateSession(
  db: Kysely<ServerDatabase>,
  tokenHash: string,
  userId: string,
  ttlMs: number,
  nowMs: number,
): Promise<IssuedSession> {
  return db.transaction().execute(async (trx) => {
    await revokeSession(trx, tokenHash, nowMs);
    return createSession(trx, userId, ttlMs, nowMs);
  });
}

export async function revokeAllSessionsOf(
  db: Kysely<ServerDatabase>,
  userId: string,
  nowMs: number,
): Promise<void> {
  await db
    .updateTable('sessions')
    .set({ revoked_at: new Date(nowMs).toISOString() })
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .execute();
}
