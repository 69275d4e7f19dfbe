import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../app-context';
import { requireUser } from '../../http/authenticate';
import { parseInput } from '../../http/parse-input';
import { claimClient, ClientIdSchema } from '../client-ownership';
import { parsePullCursor } from './pull-cursor';
import { readPullPage } from './read-pull-page';
import { readRejections } from './read-rejections';
import { mutationsSettledAt } from '../push/mutation-acks';

export const PULL_DEFAULT_LIMIT = 500;
export const PULL_MAX_LIMIT = 1000;
export const PULL_MAX_SNAPSHOT_LIMIT = 20_000;

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
  /** Snapshot pages of tickets, comments and events as column blocks (`snapshot` in the answer). */
  compact: z.boolean().optional(),
  /** Rows per snapshot page (default `limit`); change-log pages stay at `limit`. */
  snapshotLimit: z.number().int().min(1).max(PULL_MAX_SNAPSHOT_LIMIT).optional(),
  /** Snapshot only open tickets (and their comments and events): a fresh desk's first pass. */
  openOnly: z.boolean().optional(),
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
    // Read first: every rejection up to it is committed, so "all rejections through it" is exact.
    const client = await db
      .selectFrom('clients')
      .select('last_mutation_id')
      .where('client_id', '=', body.clientId)
      .executeTakeFirstOrThrow();
    const acknowledged = Number(client.last_mutation_id);
    const page = await readPullPage(db, scopes, cursor, body.limit, body.clientId, {
      compact: body.compact,
      snapshotLimit: body.snapshotLimit,
      openOnly: body.openOnly,
    });
    // Only mutations whose rows are all in what the client has once this page is applied; a pull
    // narrowed to some scopes may lack a mutation's rows, so it acknowledges nothing.
    const lastMutationId =
      page.settledSeq === null || requested || body.openOnly
        ? 0
        : Math.min(acknowledged, await mutationsSettledAt(db, body.clientId, page.settledSeq));
    const rejections = await readRejections(db, body.clientId, body.rejectionsAfter, acknowledged);
    return {
      changes: page.changes,
      ...(page.snapshot ? { snapshot: page.snapshot } : {}),
      cursor: page.cursor,
      hasMore: page.hasMore,
      lastMutationId,
      rejections: rejections.rejections,
      rejectionsThrough: rejections.through,
    };
  });
}
