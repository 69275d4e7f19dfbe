import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { queueMapResolver } from '../../../shared/telephony/queue-map';
import type { AppContext } from '../../app-context';
import { requireUser } from '../../http/authenticate';
import { HttpError } from '../../http/http-error';
import { parseInput } from '../../http/parse-input';
import { applyWebhookEvent } from './apply-webhook-event';
import { loadCallFigures } from './load-call-figures';
import type { PhoneChannelOptions } from './phone-options';
import { PhoneWebhookEventSchema } from './webhook-event';
import { checkPhoneWebhookSignature, SIGNATURE_HEADER } from './webhook-signature';

const WEBHOOK_BODY_LIMIT = 16 * 1024;

const FiguresQuerySchema = z.strictObject({
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
  queue: z.string().min(1).max(200).optional(),
  agentId: z.string().min(1).max(100).optional(),
  thresholdSeconds: z.coerce.number().int().min(0).max(3600).optional(),
});

function parseJson(raw: Buffer): unknown {
  try {
    return JSON.parse(raw.toString('utf8'));
  } catch {
    throw new HttpError(400, 'http.invalid_body', { reason: 'json' });
  }
}

/** The call-queue webhook needs the raw body for its signature: its own scope, its own parser. */
function registerWebhook(
  app: FastifyInstance,
  ctx: AppContext,
  options: PhoneChannelOptions,
  secret: string,
) {
  const resolver = queueMapResolver(options.queueMap);
  void app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(
      '*',
      { parseAs: 'buffer', bodyLimit: WEBHOOK_BODY_LIMIT },
      (_req, body, done) => done(null, body),
    );
    scope.post('/api/phone/events', { bodyLimit: WEBHOOK_BODY_LIMIT }, async (request) => {
      const raw = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      const check = checkPhoneWebhookSignature(request.headers[SIGNATURE_HEADER], raw, secret, ctx.now());
      if (check === 'bad') throw new HttpError(401, 'phone.bad_signature');
      if (check === 'stale') throw new HttpError(401, 'phone.stale_signature');
      const event = parseInput(PhoneWebhookEventSchema, parseJson(raw));
      return applyWebhookEvent(
        ctx.database.db,
        ctx.database.dialect,
        resolver,
        event,
        options.shortAbandonSeconds,
        new Date(ctx.now()).toISOString(),
      );
    });
  });
}

/**
 * The phone channel's HTTP surface: the signed call-queue webhook (only when a secret is set) and
 * the call figures for supervisors.
 */
export function registerPhoneRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  options: PhoneChannelOptions,
): void {
  if (options.webhookSecret) registerWebhook(app, ctx, options, options.webhookSecret);
  app.get('/api/phone/figures', { preHandler: ctx.authenticate }, async (request) => {
    const user = requireUser(request);
    if (user.role !== 'supervisor' && user.role !== 'admin') throw new HttpError(403, 'auth.forbidden');
    const query = parseInput(FiguresQuerySchema, request.query);
    const iso = (v: string) => new Date(v).toISOString();
    return loadCallFigures(ctx.database.db, { ...query, from: iso(query.from), to: iso(query.to) });
  });
}
