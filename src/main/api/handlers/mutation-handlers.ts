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
        // Device time corrected by the measured server offset; local-only desks have no server.
        now: ctx.sync ? ctx.sync.current.stampNow() : toIsoSeconds(ctx.clock.now()),
        offline: ctx.sync ? !ctx.sync.current.isOnline() : true,
        newId: ctx.newId,
        priorityMatrix: ctx.priorityMatrix,
      },
      name,
      args,
    );
    // Re-plan the SLA clocks first, so the refetched rows carry their new due time.
    await ctx.sla.ticketsChanged(result.ticketIds).catch(() => undefined);
    // Any change can move a ticket between views; the renderer refetches only what it shows.
    ctx.events.emit('tickets.changed', { ticketIds: result.ticketIds, views: [...QUEUE_VIEWS] });
    if (ctx.sync) await ctx.sync.localChange();
    return { ticketIds: result.ticketIds, mutationId: result.mutationId };
  });
}
