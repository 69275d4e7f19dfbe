import type { HandlerContext } from '../../services/handler-context';
import type { HandlerRegistry } from '../handler-registry';
import { registerMutationHandlers } from './mutation-handlers';
import { registerQueueHandlers } from './queue-handlers';
import { registerReferenceHandlers } from './reference-handlers';
import { registerSessionHandlers } from './session-handlers';
import { registerSlaHandlers } from './sla-handlers';
import { registerSyncHandlers } from './sync-handlers';
import { registerTicketHandlers } from './ticket-handlers';
import { registerWorkflowHandlers } from './workflow-handlers';
import { registerCallHandlers } from './call-handlers';
import { registerChatHandlers } from './chat-handlers';
import { registerDashboardHandlers } from './dashboard-handlers';
import { registerMailHandlers } from './mail-handlers';

export function registerAllHandlers(registry: HandlerRegistry, ctx: HandlerContext): void {
  registerSessionHandlers(registry, ctx);
  registerReferenceHandlers(registry, ctx);
  registerQueueHandlers(registry, ctx);
  registerTicketHandlers(registry, ctx);
  registerMutationHandlers(registry, ctx);
  registerSlaHandlers(registry, ctx);
  registerSyncHandlers(registry, ctx);
  registerWorkflowHandlers(registry, ctx);
  registerCallHandlers(registry, ctx);
  registerChatHandlers(registry, ctx);
  registerDashboardHandlers(registry, ctx);
  registerMailHandlers(registry, ctx);
  const missing = registry.missingMethods();
  if (missing.length > 0) throw new Error(`bridge methods without a handler: ${missing.join(', ')}`);
}
