import { z } from 'zod';
import { SlaAlertLevelSchema, SlaTargetKindSchema } from '../../domain/ticket-event';
import { defineMutator } from './define-mutator';
import { loadTicket, recordEvent } from './ticket-helpers';

const Instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);

export const SlaSnoozeAlertArgsSchema = z.strictObject({
  ticketId: z.string().min(1),
  alertId: z.string().min(1).max(200),
  target: SlaTargetKindSchema,
  level: SlaAlertLevelSchema,
  until: Instant,
  /** Why the agent put it off: required, it is what a supervisor reads later. */
  reason: z.string().trim().min(1).max(500),
});

/** An SLA alert put off until `until` (its repeats wait). Only an event: the ticket does not change. */
export const slaSnoozeAlert = defineMutator({
  name: 'sla.snoozeAlert',
  args: SlaSnoozeAlertArgsSchema,
  async apply(tx, ctx, args) {
    const ticket = await loadTicket(tx, args.ticketId);
    await recordEvent(tx, ctx, ticket.id, {
      kind: 'sla_alert_snoozed',
      alertId: args.alertId,
      target: args.target,
      level: args.level,
      until: args.until,
      reason: args.reason,
    });
    return { ticketIds: [ticket.id] };
  },
});
