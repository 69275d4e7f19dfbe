import { QUEUE_VIEWS } from '../../../shared/api/queue-schemas';
import type { MutationRequest } from '../../../shared/api/mutation-request';
import { toIsoSeconds } from '../../services/clock';
import type { HandlerContext } from '../../services/handler-context';
import { applyLocalMutation } from '../../store/apply-local-mutation';

/**
 * A mutation a handler makes on the agent's behalf (assignment by strategy), announced exactly as
 * `mutation.apply` does: SLA re-plan, `tickets.changed`, and the sync client told.
 */
export async function applyAndAnnounce(ctx: HandlerContext, request: MutationRequest): Promise<string[]> {
  const result = await applyLocalMutation(
    ctx.db,
    {
      actorId: ctx.session.agent.id,
      actorRole: ctx.session.agent.role,
      deviceId: ctx.session.deviceId,
      now: ctx.sync ? ctx.sync.current.stampNow() : toIsoSeconds(ctx.clock.now()),
      offline: ctx.sync ? !ctx.sync.current.isOnline() : true,
      newId: ctx.newId,
      priorityMatrix: ctx.priorityMatrix,
    },
    request.name,
    request.args,
  );
  await ctx.sla.ticketsChanged(result.ticketIds).catch(() => undefined);
  ctx.events.emit('tickets.changed', { ticketIds: result.ticketIds, views: [...QUEUE_VIEWS] });
  if (ctx.sync) await ctx.sync.localChange();
  return result.ticketIds;
}
