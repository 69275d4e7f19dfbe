import { QUEUE_VIEWS } from '../../../shared/api/queue-schemas';
import { applyLocalMutation } from '../../store/apply-local-mutation';
import { toIsoSeconds } from '../../services/clock';
import type { HandlerContext } from '../../services/handler-context';
import type { HandlerRegistry } from '../handler-registry';

export function registerMutationHandlers(registry: HandlerRegistry, ctx: HandlerContext): void {
  registry.register('mutation.apply', async ({ name, args }) => {
    const result = await applyLocalMutation(
      ctx.db,
      {
        actorId: ctx.session.agent.id,
        actorRole: ctx.session.agent.role,
        deviceId: ctx.session.deviceId,
        now: toIsoSeconds(ctx.clock.now()),
        // Until the sync client exists every local change is waiting for a server.
        offline: true,
        newId: ctx.newId,
        priorityMatrix: ctx.priorityMatrix,
      },
      name,
      args,
    );
    // Any change can move a ticket between views; the renderer refetches only what it shows.
    ctx.events.emit('tickets.changed', { ticketIds: result.ticketIds, views: [...QUEUE_VIEWS] });
    return { ticketIds: result.ticketIds, mutationId: result.mutationId };
  });
}
