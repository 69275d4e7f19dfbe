import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import type { PortalMe } from '../../shared/portal/portal-api';
import type { AppContext } from '../app-context';
import { hashPassword, PASSWORD_MAX_LENGTH, verifyPassword } from '../auth/password';
import { LoginThrottle } from '../auth/login-throttle';
import { createSession, revokeSession } from '../auth/session-store';
import { hashSessionToken } from '../auth/session-tokens';
import { findUserByEmail, normalizeEmail } from '../auth/user-accounts';
import { HttpError } from '../http/http-error';
import { parseInput } from '../http/parse-input';
import { redeemLoginLink } from './login-links';
import { sendLoginLink } from './login-link-mail';
import type { PortalOptions } from './portal-options';
import {
  clearSessionCookie,
  csrfTokenFor,
  requirePortalUser,
  setSessionCookie,
  type PortalCookieOptions,
} from './portal-session';
import { loadViewer } from './portal-visibility';
import { checkedNext } from './safe-next';

const NextSchema = z.string().max(500).nullable().default(null);
const PasswordLoginSchema = z.strictObject({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(PASSWORD_MAX_LENGTH),
  next: NextSchema,
});
const LinkRequestSchema = z.strictObject({ email: z.email().max(320), next: NextSchema });
const RedeemSchema = z.strictObject({ token: z.string().min(1).max(200) });

function safeNextOrThrow(next: string | null): string {
  const checked = checkedNext(next);
  if (checked === null) throw new HttpError(400, 'portal.unsafe_next');
  return checked;
}

function throttleOrThrow(reply: FastifyReply, throttles: LoginThrottle[], keys: string[]): void {
  const waitMs = Math.max(...throttles.map((t) => t.retryAfterMs(keys)));
  if (waitMs <= 0) return;
  const retryAfterSeconds = Math.ceil(waitMs / 1000);
  void reply.header('retry-after', String(retryAfterSeconds));
  throw new HttpError(429, 'auth.throttled', { retryAfterSeconds });
}

export function registerPortalAuthRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  options: PortalOptions,
  secret: Buffer,
  authenticate: (request: FastifyRequest) => Promise<void>,
): void {
  const { db } = ctx.database;
  const cookies: PortalCookieOptions = {
    secure: options.publicUrl.startsWith('https:'),
    ttlMs: options.sessionTtlMs,
  };
  // Link requests: 3 free per address/mailbox, then exponential waits (no mail bombing through us).
  const linkThrottle = new LoginThrottle({ freeFailures: 3, baseDelayMs: 30_000, maxDelayMs: 3_600_000, now: ctx.now });
  let dummyHash: Promise<string> | null = null;
  const dummy = () => (dummyHash ??= hashPassword('not-a-real-password', ctx.passwordCost));

  const startSession = async (reply: FastifyReply, userId: string) => {
    const session = await createSession(db, userId, options.sessionTtlMs, ctx.now());
    setSessionCookie(reply, session.token, cookies);
  };

  app.post('/api/portal/session', { bodyLimit: 4096 }, async (request, reply) => {
    const body = parseInput(PasswordLoginSchema, request.body);
    const next = safeNextOrThrow(body.next);
    const accountKey = `acct:${normalizeEmail(body.email)}`;
    const addressKey = `ip:${request.ip}`;
    const { account, address } = ctx.loginThrottle;
    throttleOrThrow(reply, [account, address], [accountKey, addressKey]);
    const user = await findUserByEmail(db, body.email);
    const ok = await verifyPassword(user?.password_hash ?? (await dummy()), body.password);
    if (!user || !ok || user.disabled !== 0 || user.role !== 'requester' || !user.requester_id) {
      account.recordFailure([accountKey]);
      address.recordFailure([addressKey]);
      throw new HttpError(401, 'auth.invalid_credentials');
    }
    account.recordSuccess(accountKey);
    await startSession(reply, user.id);
    void reply.header('cache-control', 'no-store');
    return { next };
  });

  app.post('/api/portal/link', { bodyLimit: 4096 }, async (request, reply) => {
    const body = parseInput(LinkRequestSchema, request.body);
    const next = safeNextOrThrow(body.next);
    const keys = [`mail:${normalizeEmail(body.email)}`, `ip:${request.ip}`];
    throttleOrThrow(reply, [linkThrottle], keys);
    linkThrottle.recordFailure(keys);
    // The same answer whether or not the address is known: no account enumeration.
    await sendLoginLink(ctx, options, secret, body.email, next, request.log).catch((err: unknown) =>
      request.log.error({ err }, 'portal: sign-in link not sent'),
    );
    return reply.status(202).send({ sent: true });
  });

  app.post('/api/portal/link/redeem', { bodyLimit: 1024 }, async (request, reply) => {
    const { token } = parseInput(RedeemSchema, request.body);
    const addressKey = `ip:${request.ip}`;
    throttleOrThrow(reply, [ctx.loginThrottle.address], [addressKey]);
    const result = await redeemLoginLink(db, secret, token, ctx.now());
    if (!result.ok) {
      ctx.loginThrottle.address.recordFailure([addressKey]);
      throw new HttpError(result.code === 'portal.link_expired' ? 410 : result.code === 'portal.link_used' ? 409 : 404, result.code);
    }
    const user = await db.selectFrom('users').selectAll().where('id', '=', result.userId).executeTakeFirst();
    if (!user || user.disabled !== 0 || user.role !== 'requester') throw new HttpError(404, 'portal.link_invalid');
    await startSession(reply, user.id);
    void reply.header('cache-control', 'no-store');
    return { next: checkedNext(result.nextPath) ?? '/portal/requests' };
  });

  app.post('/api/portal/logout', { preHandler: authenticate }, async (request, reply) => {
    const user = requirePortalUser(request);
    await revokeSession(db, hashSessionToken(user.sessionToken), ctx.now());
    ctx.liveSockets.closeSession(hashSessionToken(user.sessionToken));
    clearSessionCookie(reply, cookies);
    return reply.status(204).send();
  });

  app.get('/api/portal/me', { preHandler: authenticate }, async (request, reply): Promise<PortalMe> => {
    const user = requirePortalUser(request);
    const viewer = await loadViewer(db, user.requesterId);
    const requester = await db.selectFrom('requesters').selectAll().where('id', '=', user.requesterId).executeTakeFirstOrThrow();
    const organization = await db
      .selectFrom('organizations')
      .select('name')
      .where('id', '=', requester.organization_id)
      .executeTakeFirst();
    void reply.header('cache-control', 'no-store');
    return {
      userId: user.userId,
      requesterId: user.requesterId,
      name: requester.name,
      email: user.email,
      language: requester.language === 'en' ? 'en' : 'es',
      organizationId: requester.organization_id,
      organizationName: organization?.name ?? '',
      organizationVisible: viewer.organizationVisible,
      csrfToken: csrfTokenFor(user.sessionToken),
    };
  });
}
