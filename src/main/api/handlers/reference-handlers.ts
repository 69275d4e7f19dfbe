import { loadReferenceData, searchRequesters } from '../../store/queries';
import type { HandlerContext } from '../../services/handler-context';
import type { HandlerRegistry } from '../handler-registry';

export function registerReferenceHandlers(registry: HandlerRegistry, ctx: HandlerContext): void {
  registry.register('reference.get', async () => ({
    ...(await loadReferenceData(ctx.db)),
    priorityMatrix: ctx.priorityMatrix,
  }));

  registry.register('requesters.search', (input) => searchRequesters(ctx.db, input));
}
