import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../../app-context';
import { registerAgentRoutes } from './chat-agent-routes';
import { ChatHub } from './chat-hub';
import { DEFAULT_CHAT_LIMITS, registerVisitorRoute, type ChatLimits } from './chat-visitor-route';

/** The chat channel (docs/channels.md, Chat): visitor socket, agent socket and actions. */
export function registerChat(app: FastifyInstance, ctx: AppContext, limits: Partial<ChatLimits> = {}): ChatHub {
  const hub = new ChatHub(ctx);
  const timers = new Set<NodeJS.Timeout>();
  registerVisitorRoute(app, ctx, hub, { ...DEFAULT_CHAT_LIMITS, ...limits }, timers);
  registerAgentRoutes(app, ctx, hub);
  app.addHook('preClose', async () => {
    for (const t of timers) clearTimeout(t);
    hub.closeAll();
  });
  return hub;
}
