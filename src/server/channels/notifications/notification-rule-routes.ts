import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import type { AppContext } from '../../app-context';
import { requireUser } from '../../http/authenticate';
import { HttpError } from '../../http/http-error';
import { parseInput } from '../../http/parse-input';
import { NotificationRulesSchema, rulesFor, setRules } from './notification-rules';

const Params = z.strictObject({ organizationId: z.string().min(1).max(100) });

/** Admins and supervisors read and set which notifications an organization's requesters get. */
export function registerNotificationRuleRoutes(app: FastifyInstance, ctx: AppContext): void {
  const assertManager = (role: string) => {
    if (role !== 'admin' && role !== 'supervisor') throw new HttpError(403, 'auth.forbidden');
  };
  app.get('/api/channels/email/rules/:organizationId', { preHandler: ctx.authenticate }, async (request) => {
    assertManager(requireUser(request).role);
    const { organizationId } = parseInput(Params, request.params);
    return rulesFor(ctx.database.db, organizationId);
  });
  app.put('/api/channels/email/rules/:organizationId', { preHandler: ctx.authenticate }, async (request) => {
    assertManager(requireUser(request).role);
    const { organizationId } = parseInput(Params, request.params);
    const rules = parseInput(NotificationRulesSchema, request.body);
    await setRules(ctx.database.db, organizationId, rules, new Date(ctx.now()).toISOString());
    return rules;
  });
}
