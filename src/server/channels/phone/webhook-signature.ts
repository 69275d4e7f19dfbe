import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * The call-queue webhook's signature (docs/channels.md): header
 *   X-Mesa-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>
 * The timestamp is signed with the body, so a captured request cannot be replayed later with a new
 * time; within the skew window event ids stop replays (call_events).
 */
export const SIGNATURE_HEADER = 'x-mesa-signature';
export const MAX_SIGNATURE_SKEW_MS = 5 * 60_000;

export function signPhoneWebhook(secret: string, timestampSeconds: number, rawBody: string | Buffer): string {
  const mac = createHmac('sha256', secret).update(`${timestampSeconds}.`).update(rawBody).digest('hex');
  return `t=${timestampSeconds},v1=${mac}`;
}

export type SignatureCheck = 'ok' | 'bad' | 'stale';

export function checkPhoneWebhookSignature(
  header: string | string[] | undefined,
  rawBody: Buffer,
  secret: string,
  nowMs: number,
  maxSkewMs = MAX_SIGNATURE_SKEW_MS,
): SignatureCheck {
  if (typeof header !== 'string' || header.length > 500) return 'bad';
  const parts = new Map<string, string>();
  for (const part of header.split(',')) {
    const eq = part.indexOf('=');
    if (eq > 0) parts.set(part.slice(0, eq).trim(), part.slice(eq + 1).trim());
  }
  const t = parts.get('t') ?? '';
  const given = parts.get('v1') ?? '';
  if (!/^\d{1,12}$/.test(t) || !/^[0-9a-f]{64}$/i.test(given)) return 'bad';
  const expected = signPhoneWebhook(secret, Number(t), rawBody).slice(`t=${t},v1=`.length);
  if (!timingSafeEqual(Buffer.from(expected, 'hex'), Buffer.from(given, 'hex'))) return 'bad';
  return Math.abs(nowMs - Number(t) * 1000) > maxSkewMs ? 'stale' : 'ok';
}
