import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: safe in an Authorization header and in a WebSocket subprotocol. */
export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

/** Only this hash is stored: a leaked sessions table does not hand out working tokens. */
export function hashSessionToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
