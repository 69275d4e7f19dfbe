import { z } from 'zod';
import { SlaAlertLevelSchema, SlaTargetKindSchema } from '../../domain/ticket-event';
import { defineMutator } from './define-mutator';
import { loadTicket, recordEvent } from './ticket-helpers';

export const SlaAcknowledgeAlertArgsSchema = z.strictObject({
  ticketId: z.string().min(1),
  alertId: z.string().min(1).max(200),
  target: SlaTargetKindSchema,
  level: SlaAlertLevelSchema,
});

/** Someone saw an SLA alert and took it: its repeats stop on every device once this syncs. */
export const slaAcknowledgeAlert = defineMutator({
  name: 'sla.acknowledgeAlert',
  args: SlaAcknowledgeAlertArgsSchema,
  async apply(tx, ctx, args) {
    const ticket = await loadTicket(tx, args.ticketId);
    await recordEvent(tx, ctx, ticket.id, {
      kind: 'sla_alert_acknowledged',
      alertId: args.alertId,
      target: args.target,
      level: args.level,
    });
    return { ticketIds: [ticket.id] };
  },
});
