import { MesaError } from '../../../shared/errors';
import { getTicketDetail, searchTickets } from '../../store/queries';
import type { HandlerContext } from '../../services/handler-context';
import type { HandlerRegistry } from '../handler-registry';

export function registerTicketHandlers(registry: HandlerRegistry, ctx: HandlerContext): void {
  registry.register('ticket.get', async ({ id }) => {
    const detail = await getTicketDetail(ctx.db, id);
    if (!detail) throw new MesaError('ticket.not_found', { ticketId: id });
    return detail;
  });

  registry.register('ticket.search', ({ query, limit }) => searchTickets(ctx.db, query, limit));
}
