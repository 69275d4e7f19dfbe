import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { RATING_COMMENT_MAX } from '../../../shared/sync/mutators/ticket-rate';
import { parseInput } from '../../http/parse-input';
import type { ChannelDatabase } from '../email/ingest/channel-transaction';
import { describeAction, performAction } from './portal-actions';

const ParamsSchema = z.strictObject({ token: z.string().min(1).max(800) });

const ActionBodySchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('confirm') }),
  z.strictObject({
    action: z.literal('reject'),
    reason: z.string().trim().max(2000).nullable().default(null),
  }),
  z.strictObject({
    action: z.literal('rate'),
    score: z.number().int().min(1).max(5),
    comment: z.string().trim().max(RATING_COMMENT_MAX).nullable().default(null),
  }),
]);

/**
 * The token API behind the links in notifications (the portal renders the pages):
 *   GET  /api/portal/actions/:token  → what the link does; changes nothing (mail scanners and link
 *                                      previews fetch links, so a GET must never act)
 *   POST /api/portal/actions/:token  → { action: confirm | reject | rate, … } applies it, once
 * The signed token is the credential. A POST needs a JSON body, which a cross-site HTML form cannot
 * send, so a forged form post is refused (415) before anything runs.
 */
export function registerPortalActionRoutes(app: FastifyInstance, env: ChannelDatabase, secret: Buffer): void {
  const noStore = { 'cache-control': 'no-store', 'referrer-policy': 'no-referrer' };
  app.get('/api/portal/actions/:token', async (request, reply) => {
    const { token } = parseInput(ParamsSchema, request.params);
    void reply.headers(noStore);
    return describeAction(env, secret, token);
  });
  app.post('/api/portal/actions/:token', { bodyLimit: 8 * 1024 }, async (request, reply) => {
    const { token } = parseInput(ParamsSchema, request.params);
    const body = parseInput(ActionBodySchema, request.body);
    void reply.headers(noStore);
    return performAction(env, secret, token, body);
  });
}
