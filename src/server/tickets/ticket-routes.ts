import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { ticketFromRow } from '../db/rows/ticket-rows';
import { requireUser } from '../http/authenticate';
import { HttpError } from '../http/http-error';
import { parseInput } from '../http/parse-input';
import { scopesMeet, ticketScopes } from '../sync/scopes';

const ParamsSchema = z.strictObject({ id: z.string().min(1).max(100) });

/** Read-only REST for tools and the portal; the same scope rule as sync: outside it, "not found". */
export function registerTicketRoutes(app: FastifyInstance, ctx: AppContext): void {
  app.get('/api/tickets/:id', { preHandler: ctx.authenticate }, async (request) => {
    const user = requireUser(request);
    const { id } = parseInput(ParamsSchema, request.params);
    const row = await ctx.database.db
      .selectFrom('tickets')
      .selectAll()
      .where('id', '=', id)
      .executeTakeFirst();
    const ticket = row ? ticketFromRow(row) : null;
    if (!ticket || !scopesMeet(ticketScopes(ticket), user.scopes)) throw new HttpError(404, 'http.not_found');
    return ticket;
  });
}
