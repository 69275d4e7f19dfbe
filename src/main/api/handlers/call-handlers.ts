import type { RecentCall } from '../../../shared/api/phone-contract';
import { TicketEventDataSchema } from '../../../shared/domain/ticket-event';
import type { HandlerContext } from '../../services/handler-context';
import type { HandlerRegistry } from '../handler-registry';

/**
 * "Log a call" (docs/channels.md, Phone): logging itself is the `call.log` mutation through
 * `mutation.apply`; this lists what the agent logged, from the ticket histories on this desk.
 */
export function registerCallHandlers(registry: HandlerRegistry, ctx: HandlerContext): void {
  registry.register('phone.recentCalls', async ({ limit }) => {
    const rows = await ctx.db
      .selectFrom('ticket_events as e')
      .innerJoin('tickets as t', 't.id', 'e.ticket_id')
      .select(['e.id', 'e.ticket_id', 'e.data_json', 't.number', 't.provisional_number', 't.title'])
      .where('e.kind', '=', 'call_logged')
      .where('e.actor_id', '=', ctx.session.agent.id)
      .orderBy('e.at', 'desc')
      .orderBy('e.id', 'desc')
      .limit(limit)
      .execute();
    const calls: RecentCall[] = [];
    for (const row of rows) {
      const parsed = TicketEventDataSchema.safeParse(JSON.parse(row.data_json));
      if (!parsed.success || parsed.data.kind !== 'call_logged') continue;
      const d = parsed.data;
      calls.push({
        eventId: row.id,
        callId: d.callId,
        ticketId: row.ticket_id,
        ticketNumber: row.number ?? row.provisional_number,
        ticketTitle: row.title,
        direction: d.direction,
        startedAt: d.startedAt,
        answeredAt: d.answeredAt,
        endedAt: d.endedAt,
        waitSeconds: d.waitSeconds,
        talkSeconds: d.talkSeconds,
      });
    }
    return calls;
  });
}
