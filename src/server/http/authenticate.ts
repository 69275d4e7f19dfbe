import type { FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import { resolveUser, type AuthenticatedUser } from '../auth/authenticated-user';
import { findSessionUser } from '../auth/session-store';
import { hashSessionToken } from '../auth/session-tokens';
import type { ServerDatabase } from '../db/schema';
import { HttpError } from './http-error';

declare module 'fastify' {
  interface FastifyRequest {
    mesaUser: AuthenticatedUser | null;
  }
}

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,200}$/;

export function bearerToken(header: string | undefined): string | null {
  const match = /^Bearer ([^\s]+)$/i.exec(header ?? '');
  return match?.[1] ?? null;
}

/** Resolves a raw session token to the live account behind it, or null. */
export async function authenticateToken(
  db: Kysely<ServerDatabase>,
  token: string | null,
  nowMs: number,
): Promise<AuthenticatedUser | null> {
  if (!token || !TOKEN_SHAPE.test(token)) return null;
  const tokenHash = hashSessionToken(token);
  const user = await findSessionUser(db, tokenHash, nowMs);
  return user ? resolveUser(db, user, tokenHash) : null;
}

/** Route preHandler: every route but login, health and readiness requires a live bearer token. */
export function makeAuthenticate(db: Kysely<ServerDatabase>, now: () => number) {
  return async (request: FastifyRequest): Promise<void> => {
    const user = await authenticateToken(db, bearerToken(request.headers.authorization), now());
    if (!user) throw new HttpError(401, 'auth.unauthorized');
    request.mesaUser = user;
  };
}

export function requireUser(request: FastifyRequest): AuthenticatedUser {
  if (!request.mesaUser) throw new HttpError(401, 'auth.unauthorized');
  return request.mesaUser;
}
