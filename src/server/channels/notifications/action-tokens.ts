import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ErrorCode } from '../../../shared/errors';
import type { ServerDatabase } from '../../db/schema';
import { mailDb, type ActionPurpose } from '../email/mail-tables';

/**
 * The links in notifications (confirm / reject a resolution, answer the survey) carry a token
 * `<id>.<signature>`: a random id naming the stored row, and an HMAC-SHA256 (server secret) over the
 * id, purpose, ticket, requester and expiry of that row. A guessed or altered link fails the
 * signature; the row also makes it expiring and single-use. Short enough for any URL (66 chars).
 */
export interface ActionTokenClaims {
  id: string;
  purpose: ActionPurpose;
  ticketId: string;
  requesterId: string;
  expiresAt: string;
}

const SECRET_SETTING = 'action_token_secret';
const TOKEN_SHAPE = /^[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}$/;

/** The signing secret, made once per database (every instance sharing it signs alike). */
export async function actionTokenSecret(db: Kysely<ServerDatabase>): Promise<Buffer> {
  const settings = mailDb(db);
  await settings
    .insertInto('mail_settings')
    .values({ name: SECRET_SETTING, value: randomBytes(32).toString('base64url') })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const row = await settings
    .selectFrom('mail_settings')
    .select('value')
    .where('name', '=', SECRET_SETTING)
    .executeTakeFirstOrThrow();
  return Buffer.from(row.value, 'base64url');
}

const sign = (secret: Buffer, c: ActionTokenClaims): string =>
  createHmac('sha256', secret)
    .update(['mesa-action:v1', c.id, c.purpose, c.ticketId, c.requesterId, c.expiresAt].join('\u0000'))
    .digest('base64url');

export async function issueActionToken(
  trx: Kysely<ServerDatabase>,
  secret: Buffer,
  claims: Omit<ActionTokenClaims, 'id' | 'expiresAt'> & { ttlMs: number; nowMs: number },
): Promise<string> {
  const full: ActionTokenClaims = {
    id: randomBytes(16).toString('base64url'),
    purpose: claims.purpose,
    ticketId: claims.ticketId,
    requesterId: claims.requesterId,
    expiresAt: new Date(claims.nowMs + claims.ttlMs).toISOString(),
  };
  await mailDb(trx)
    .insertInto('mail_action_tokens')
    .values({
      id: full.id,
      ticket_id: full.ticketId,
      requester_id: full.requesterId,
      purpose: full.purpose,
      expires_at: full.expiresAt,
      used_at: null,
      used_action: null,
      created_at: new Date(claims.nowMs).toISOString(),
    })
    .execute();
  return `${full.id}.${sign(secret, full)}`;
}

export type TokenCheck =
  | { ok: true; claims: ActionTokenClaims; usedAt: string | null; usedAction: string | null }
  | { ok: false; code: Extract<ErrorCode, 'action.invalid_token' | 'action.expired'> };

/** The stored row, then the signature over it, then the expiry. Reads only. */
export async function checkActionToken(
  db: Kysely<ServerDatabase>,
  secret: Buffer,
  token: string,
  nowMs: number,
): Promise<TokenCheck> {
  if (!TOKEN_SHAPE.test(token)) return { ok: false, code: 'action.invalid_token' };
  const [id = '', signature = ''] = token.split('.');
  const row = await mailDb(db)
    .selectFrom('mail_action_tokens')
    .selectAll()
    .where('id', '=', id)
    .executeTakeFirst();
  if (!row) return { ok: false, code: 'action.invalid_token' };
  const claims: ActionTokenClaims = {
    id: row.id,
    purpose: row.purpose,
    ticketId: row.ticket_id,
    requesterId: row.requester_id,
    expiresAt: row.expires_at,
  };
  const expected = Buffer.from(sign(secret, claims));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, code: 'action.invalid_token' };
  }
  if (!(Date.parse(claims.expiresAt) > nowMs)) return { ok: false, code: 'action.expired' };
  return { ok: true, claims, usedAt: row.used_at, usedAction: row.used_action };
}

/** Marks the token used inside the caller's transaction; false when someone else used it first. */
export async function consumeActionToken(
  trx: Kysely<ServerDatabase>,
  id: string,
  action: string,
  nowIso: string,
): Promise<boolean> {
  const result = await mailDb(trx)
    .updateTable('mail_action_tokens')
    .set({ used_at: nowIso, used_action: action })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
