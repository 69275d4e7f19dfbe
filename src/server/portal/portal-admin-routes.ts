import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../app-context';
import { requireUser } from '../http/authenticate';
import { HttpError } from '../http/http-error';
import { parseInput } from '../http/parse-input';
import { portalDb } from './portal-tables';

const Params = z.strictObject({ id: z.string().min(1).max(100) });
const Body = z.strictObject({ shareTickets: z.boolean() });

/** Admin: whether an organization's requesters see each other's requests in the portal (read-only). */
export function registerPortalAdminRoutes(app: FastifyInstance, ctx: AppContext): void {
  const { db } = ctx.database;
  app.put('/api/portal/organizations/:id/settings', { preHandler: ctx.authenticate }, async (request) => {
    const user = requireUser(request);
    if (user.role !== 'admin' && user.role !== 'supervisor') throw new HttpError(403, 'auth.forbidden');
    const { id } = parseInput(Params, request.params);
    const { shareTickets } = parseInput(Body, request.body);
    if (!(await db.selectFrom('organizations').select('id').where('id', '=', id).executeTakeFirst()))
      throw new HttpError(404, 'http.not_found');
    const row = { organization_id: id, share_tickets: shareTickets ? 1 : 0, updated_at: new Date(ctx.now()).toISOString() };
    await portalDb(db)
      .insertInto('portal_org_settings')
      .values(row)
      .onConflict((oc) => oc.column('organization_id').doUpdateSet({ share_tickets: row.share_tickets, updated_at: row.updated_at }))
      .execute();
    return { organizationId: id, shareTickets };
  });
}
