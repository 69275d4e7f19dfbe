import { MesaError } from '../../../shared/errors';
import { QUEUE_VIEWS } from '../../../shared/api/queue-schemas';
import { toIsoSeconds } from '../../services/clock';
import type { HandlerContext } from '../../services/handler-context';
import { dismissSyncIssue, reapplySyncIssue } from '../../sync/sync-issue-actions';
import { listSyncIssues } from '../../sync/sync-issue-list';
import { localOnlyStatus, type SyncService } from '../../sync/sync-service';
import type { HandlerRegistry } from '../handler-registry';

export function registerSyncHandlers(registry: HandlerRegistry, ctx: HandlerContext): void {
  const requireSync = (): SyncService => {
    if (!ctx.sync) throw new MesaError('sync.not_configured');
    return ctx.sync;
  };

  registry.register('sync.status', () => (ctx.sync ? ctx.sync.status() : localOnlyStatus(ctx.db)));
  registry.register('sync.login', (input) => requireSync().login(input));
  registry.register('sync.logout', async () => {
    await requireSync().logout();
    return {};
  });
  registry.register('sync.listIssues', () => listSyncIssues(ctx.db));
  registry.register('sync.dismiss', async ({ mutationId }) => {
    await dismissSyncIssue(ctx.db, mutationId);
    if (ctx.sync) await ctx.sync.localChange();
    return {};
  });
  registry.register('sync.reapply', async ({ mutationId }) => {
    const result = await reapplySyncIssue(
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
      mutationId,
    );
    ctx.events.emit('tickets.changed', { ticketIds: result.ticketIds, views: [...QUEUE_VIEWS] });
    if (ctx.sync) await ctx.sync.localChange();
    return { mutationId: result.mutationId, ticketIds: result.ticketIds };
  });
}
