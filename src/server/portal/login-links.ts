import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../db/schema';
import { portalDb } from './portal-tables';

/**
 * One-time sign-in links: `<id>.<signature>`, a random id naming the stored row and an HMAC-SHA256
 * (the server's action-token secret) over id, user, next path and expiry. Signed, single-use,
 * expiring: a guessed or altered link fails the signature, a used or old one the row.
 */
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/;

interface LinkClaims {
  id: string;
  userId: string;
  nextPath: string;
  expiresAt: string;
}

const sign = (secret: Buffer, c: LinkClaims): string =>
  createHmac('sha256', secret)
    .update(['mesa-portal-link:v1', c.id, c.userId, c.nextPath, c.expiresAt].join('\u0000'))
    .digest('base64url');

export async function issueLoginLink(
  db: Kysely<ServerDatabase>,
  secret: Buffer,
  input: { userId: string; nextPath: string; ttlMs: number; nowMs: number },
): Promise<string> {
  const claims: LinkClaims = {
    id: randomBytes(16).toString('base64url'),
    userId: input.userId,
    nextPath: input.nextPath,
    expiresAt: new Date(input.nowMs + input.ttlMs).toISOString(),
  };
  await portalDb(db)
    .insertInto('portal_login_links')
    .values({
      id: claims.id,
      user_id: claims.userId,
      next_path: claims.nextPath,
      expires_at: claims.expiresAt,
      used_at: null,
      created_at: new Date(input.nowMs).toISOString(),
    })
    .execute();
  return `${claims.id}.${sign(secret, claims)}`;
}

export type LinkRedemption =
  | { ok: true; userId: string; nextPath: string }
  | { ok: false; code: 'portal.link_invalid' | 'portal.link_expired' | 'portal.link_used' };

/** Checks and consumes a link in one statement: two redemptions race, one wins. */
export async function redeemLoginLink(
  db: Kysely<ServerDatabase>,
  secret: Buffer,
  token: string,
  nowMs: number,
): Promise<LinkRedemption> {
  if (!TOKEN_SHAPE.test(token)) return { ok: false, code: 'portal.link_invalid' };
  const [id = '', signature = ''] = token.split('.');
  const links = portalDb(db);
  const row = await links.selectFrom('portal_login_links').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return { ok: false, code: 'portal.link_invalid' };
  const claims: LinkClaims = { id: row.id, userId: row.user_id, nextPath: row.next_path, expiresAt: row.expires_at };
  const expected = Buffer.from(sign(secret, claims));
  const given = Buffer.from(signature);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, code: 'portal.link_invalid' };
  if (row.used_at !== null) return { ok: false, code: 'portal.link_used' };
  if (!(Date.parse(row.expires_at) > nowMs)) return { ok: false, code: 'portal.link_expired' };
  const result = await links
    .updateTable('portal_login_links')
    .set({ used_at: new Date(nowMs).toISOString() })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return { ok: false, code: 'portal.link_used' };
  return { ok: true, userId: row.user_id, nextPath: row.next_path };
}
