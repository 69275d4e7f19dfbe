import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../app-context';
import { actionTokenSecret } from '../channels/notifications/action-tokens';
import { registerPortalAdminRoutes } from './portal-admin-routes';
import { registerPortalAuthRoutes } from './portal-auth-routes';
import type { PortalOptions } from './portal-options';
import { makePortalAuthenticate } from './portal-session';
import { registerPortalStatic } from './portal-static';
import { registerPortalTicketRoutes } from './portal-ticket-routes';

/**
 * The requester portal (docs/channels.md, Portal): its API under /api/portal/ and the built pages
 * under /portal/. The action-link API (/api/portal/actions/:token) belongs to the email channel.
 */
export async function registerPortal(app: FastifyInstance, ctx: AppContext, options: PortalOptions): Promise<void> {
  app.decorateRequest('portalUser', null);
  const secret = await actionTokenSecret(ctx.database.db);
  const authenticate = makePortalAuthenticate(ctx);
  registerPortalAuthRoutes(app, ctx, options, secret, authenticate);
  registerPortalTicketRoutes(app, ctx, options, authenticate);
  registerPortalAdminRoutes(app, ctx);
  registerPortalStatic(app, options);
}
