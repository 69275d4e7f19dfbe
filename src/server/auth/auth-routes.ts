import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { requireUser } from '../http/authenticate';
import { HttpError } from '../http/http-error';
import { parseInput } from '../http/parse-input';
import { hashPassword, PASSWORD_MAX_LENGTH, verifyPassword } from './password';
import { createSession, revokeSession, rotateSession } from './session-store';
import { findUserByEmail, normalizeEmail } from './user-accounts';

const LoginBodySchema = z.strictObject({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
});

export function registerAuthRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;
  // Unknown accounts are checked against a throwaway hash so both answers take as long.
  let dummyHash: Promise<string> | null = null;
  const dummy = () => (dummyHash ??= hashPassword('not-a-real-password', ctx.passwordCost));

  app.post('/api/auth/login', { bodyLimit: 4096 }, async (request, reply) => {
    const body = parseInput(LoginBodySchema, request.body);
    const accountKey = `acct:${normalizeEmail(body.email)}`;
    const addressKey = `ip:${request.ip}`;
    const { account, address } = ctx.loginThrottle;
    const waitMs = Math.max(account.retryAfterMs([accountKey]), address.retryAfterMs([addressKey]));
    if (waitMs > 0) {
      const retryAfterSeconds = Math.ceil(waitMs / 1000);
      reply.header('retry-after', String(retryAfterSeconds));
      throw new HttpError(429, 'auth.throttled', { retryAfterSeconds });
    }
    const user = await findUserByEmail(db, body.email);
    const ok = await verifyPassword(user?.password_hash ?? (await dummy()), body.password);
    if (!user || !ok || user.disabled !== 0) {
      account.recordFailure([accountKey]);
      address.recordFailure([addressKey]);
      request.log.info({ account: accountKey }, 'login failed');
      throw new HttpError(401, 'auth.invalid_credentials');
    }
    account.recordSuccess(accountKey);
    const session = await createSession(db, user.id, ctx.sessionTtlMs, ctx.now());
    return {
      ...session,
      user: {
        id: user.id,
        email: user.email,
        role: user.role,
        agentId: user.agent_id,
        requesterId: user.requester_id,
      },
    };
  });

  app.post('/api/auth/logout', { preHandler: ctx.authenticate }, async (request, reply) => {
    const user = requireUser(request);
    await revokeSession(db, user.tokenHash, ctx.now());
    ctx.liveSockets.closeSession(user.tokenHash);
    return reply.status(204).send();
  });

  app.post('/api/auth/rotate', { preHandler: ctx.authenticate }, async (request) => {
    const user = requireUser(request);
    const session = await rotateSession(db, user.tokenHash, user.userId, ctx.sessionTtlMs, ctx.now());
    ctx.liveSockets.closeSession(user.tokenHash);
    return session;
  });

  app.get('/api/auth/me', { preHandler: ctx.authenticate }, async (request) => {
    const user = requireUser(request);
    return {
      id: user.userId,
      email: user.email,
      role: user.role,
      agentId: user.agentId,
      requesterId: user.requesterId,
      groupIds: user.groupIds,
      scopes: [...user.scopes].sort(),
    };
  });
}
