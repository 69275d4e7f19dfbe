import { MesaError } from '../../../shared/errors';
import { toIsoSeconds } from '../../services/clock';
import type { HandlerContext } from '../../services/handler-context';
import { ticketSlaView } from '../../sla/ticket-sla-view';
import { loadAlertsOfTicket } from '../../store/queries/sla-alerts';
import type { HandlerRegistry } from '../handler-registry';
import { registerSlaCalendarHandlers } from './sla-calendar-handlers';
import { registerSlaPolicyHandlers } from './sla-policy-handlers';

/** Alert ids are `ticketId:target:level:clockStart` (alert-rules.ts). */
async function assertKnownAlert(ctx: HandlerContext, alertId: string): Promise<string> {
  const ticketId = alertId.split(':')[0] ?? '';
  const alerts = await loadAlertsOfTicket(ctx.db, ticketId);
  if (!alerts.some((a) => a.alert_id === alertId)) throw new MesaError('sla.not_found', { id: alertId });
  return ticketId;
}

export function registerSlaHandlers(registry: HandlerRegistry, ctx: HandlerContext): void {
  registry.register('sla.forTicket', ({ id }) => ticketSlaView(ctx.db, id, toIsoSeconds(ctx.clock.now())));

  registry.register('sla.acknowledge', async ({ alertId }) => {
    const ticketId = await assertKnownAlert(ctx, alertId);
    await ctx.sla.acknowledge(alertId);
    ctx.events.emit('tickets.changed', { ticketIds: [ticketId], views: [] });
    return {};
  });

  registry.register('sla.snooze', async ({ alertId, minutes, reason }) => {
    const ticketId = await assertKnownAlert(ctx, alertId);
    const snoozedUntil = toIsoSeconds(new Date(ctx.clock.now().getTime() + minutes * 60_000));
    await ctx.sla.snooze(alertId, snoozedUntil, reason);
    ctx.events.emit('tickets.changed', { ticketIds: [ticketId], views: [] });
    return { snoozedUntil };
  });

  registry.register('sla.settings.get', () => ctx.sla.settings());
  registry.register('sla.settings.set', (settings) => ctx.sla.updateSettings(settings));

  registerSlaCalendarHandlers(registry, ctx);
  registerSlaPolicyHandlers(registry, ctx);
}
