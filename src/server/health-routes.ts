import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import type { AppContext } from './app-context';
import { migrationState } from './db/migrate';

/** /health: the process answers. /ready: it can serve (database reachable, schema exactly current). */
export function registerHealthRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/health', async () => ({ status: 'ok' }));
  app.get('/ready', async (request, reply) => {
    try {
      const { db } = ctx.database;
      await sql`select 1`.execute(db);
      const state = await migrationState(db);
      if (state.pending.length > 0 || state.unknown.length > 0) {
        return reply.status(503).send({ status: 'not_ready', reason: 'migrations', ...state });
      }
      return { status: 'ready', dialect: ctx.database.dialect, seq: ctx.feed.lastSeq };
    } catch (err) {
      request.log.warn({ err }, 'readiness check failed');
      return reply.status(503).send({ status: 'not_ready', reason: 'database' });
    }
  });
}
