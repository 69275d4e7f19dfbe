import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context';
import { requireUser } from '../../http/authenticate';
import { parseInput } from '../../http/parse-input';
import { claimClient } from '../client-ownership';
import { applyPushedBatch, type PushEnvironment } from './apply-pushed-mutation';
import { PUSH_BODY_LIMIT_BYTES, PushBodySchema } from './push-schema';

export function registerPushRoute(app: FastifyInstance, ctx: AppContext): void {
  app.post(
    '/api/sync/push',
    { bodyLimit: PUSH_BODY_LIMIT_BYTES, preHandler: ctx.authenticate },
    async (request) => {
      const user = requireUser(request);
      // Parsed in full before anything is written: a malformed batch changes nothing.
      const body = parseInput(PushBodySchema, request.body);
      const { db, dialect } = ctx.database;
      await claimClient(db, body.clientId, user.userId, ctx.now());
      const env: PushEnvironment = {
        db,
        dialect,
        user,
        clientId: body.clientId,
        now: ctx.now,
        priorityMatrix: ctx.priorityMatrix,
        onCommitted: (seq) => ctx.feed.committed(seq),
      };
      // One transaction for the batch, a savepoint per mutation (apply-pushed-mutation.ts).
      const { results, lastMutationId } = await applyPushedBatch(env, body.mutations);
      return { lastMutationId, results };
    },
  );
}
