import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../app-context';
import { requireUser } from '../../http/authenticate';
import { parseInput } from '../../http/parse-input';
import { claimClient, ClientIdSchema } from '../client-ownership';
import { parsePullCursor } from './pull-cursor';
import { readPullPage } from './read-pull-page';
import { readRejections } from './read-rejections';

export const PULL_DEFAULT_LIMIT = 500;
export const PULL_MAX_LIMIT = 1000;

const PullBodySchema = z.strictObject({
  clientId: ClientIdSchema,
  cursor: z.union([z.number(), z.string().max(300)]),
  limit: z.number().int().min(1).max(PULL_MAX_LIMIT).default(PULL_DEFAULT_LIMIT),
  /** The highest rejected mutation id the client has already shown; older rejections are not resent. */
  rejectionsAfter: z.number().int().nonnegative().default(0),
  /**
   * Optional narrowing to some of the caller's own scopes (never widening): a fresh desktop first
   * takes its own queue and the reference data, then everything else (docs/desktop-sync.md).
   */
  scopes: z.array(z.string().max(200)).max(50).optional(),
});

export function registerPullRoute(app: FastifyInstance, ctx: AppContext): void {
  app.post('/api/sync/pull', { bodyLimit: 16 * 1024, preHandler: ctx.authenticate }, async (request) => {
    const user = requireUser(request);
    const body = parseInput(PullBodySchema, request.body);
    const cursor = parsePullCursor(body.cursor);
    const { db } = ctx.database;
    await claimClient(db, body.clientId, user.userId, ctx.now());
    const requested = body.scopes;
    const scopes = requested ? [...user.scopes].filter((s) => requested.includes(s)) : [...user.scopes];
    const page = await readPullPage(db, scopes, cursor, body.limit);
    const client = await db
      .selectFrom('clients')
      .select('last_mutation_id')
      .where('client_id', '=', body.clientId)
      .executeTakeFirstOrThrow();
    return {
      ...page,
      lastMutationId: Number(client.last_mutation_id),
      rejections: await readRejections(db, body.clientId, body.rejectionsAfter),
    };
  });
}
