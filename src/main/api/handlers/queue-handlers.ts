import { countQueues, findQueuePage } from '../../store/queries';
import type { HandlerContext } from '../../services/handler-context';
import type { HandlerRegistry } from '../handler-registry';

export function registerQueueHandlers(registry: HandlerRegistry, ctx: HandlerContext): void {
  const scope = () => ({ agentId: ctx.session.agent.id, groupIds: ctx.session.agent.groupIds });

  registry.register('queue.page', (input) => findQueuePage(ctx.db, scope(), input));
  registry.register('queue.counts', ({ filters }) => countQueues(ctx.db, scope(), filters));
}
