import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { AuthenticatedUser } from '../auth/authenticated-user';
import { authenticateToken } from '../http/authenticate';
import { HttpError } from '../http/http-error';
import type { AppContext } from '../app-context';

/**
 * The portal's session rides in an HttpOnly, SameSite=Strict cookie (the same revocable sessions as
 * the desk's bearer tokens). Every state change is a POST that must also carry the CSRF token
 * (`x-mesa-csrf`, derived from the session token and handed out by GET /api/portal/me) and a JSON
 * body: a cross-site page can neither read the token nor send either header without a CORS
 * preflight, which this server never grants.
 */
export const SESSION_COOKIE = 'mesa_portal';
export const CSRF_HEADER = 'x-mesa-csrf';

export interface PortalCookieOptions {
  secure: boolean;
  ttlMs: number;
}

export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`mesa-portal-csrf:v1\u0000${sessionToken}`, 'utf8').digest('base64url');
}

export function readCookie(header: string | undefined, name: string): string | null {
  for (const part of (header ?? '').split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0) continue;
    if (part.slice(0, eq).trim() === name) return part.slice(eq + 1).trim() || null;
  }
  return null;
}

function cookie(value: string, maxAgeSeconds: number, secure: boolean): string {
  const attributes = [`${SESSION_COOKIE}=${value}`, 'Path=/', 'HttpOnly', 'SameSite=Strict', `Max-Age=${maxAgeSeconds}`];
  if (secure) attributes.push('Secure');
  return attributes.join('; ');
}

export function setSessionCookie(reply: FastifyReply, token: string, options: PortalCookieOptions): void {
  void reply.header('set-cookie', cookie(token, Math.floor(options.ttlMs / 1000), options.secure));
}

export function clearSessionCookie(reply: FastifyReply, options: PortalCookieOptions): void {
  void reply.header('set-cookie', cookie('', 0, options.secure));
}

/** A requester behind the cookie: the session's user, its token (for the CSRF check) and requester id. */
export interface PortalUser extends AuthenticatedUser {
  requesterId: string;
  sessionToken: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    portalUser: PortalUser | null;
  }
}

function sameToken(a: string, b: string): boolean {
  const x = Buffer.from(a);
  const y = Buffer.from(b);
  return x.length === y.length && timingSafeEqual(x, y);
}

/** preHandler: a live requester session from the cookie; for POSTs, the CSRF header too. */
export function makePortalAuthenticate(ctx: AppContext) {
  return async (request: FastifyRequest): Promise<void> => {
    const token = readCookie(request.headers.cookie, SESSION_COOKIE);
    const user = await authenticateToken(ctx.database.db, token, ctx.now());
    if (!token || !user || user.role !== 'requester' || !user.requesterId)
      throw new HttpError(401, 'auth.unauthorized');
    if (request.method !== 'GET' && request.method !== 'HEAD') assertCsrf(request, token);
    request.portalUser = { ...user, requesterId: user.requesterId, sessionToken: token };
  };
}

export function assertCsrf(request: FastifyRequest, sessionToken: string): void {
  const given = request.headers[CSRF_HEADER];
  if (typeof given !== 'string' || !sameToken(given, csrfTokenFor(sessionToken)))
    throw new HttpError(403, 'portal.csrf');
}

export function requirePortalUser(request: FastifyRequest): PortalUser {
  if (!request.portalUser) throw new HttpError(401, 'auth.unauthorized');
  return request.portalUser;
}
