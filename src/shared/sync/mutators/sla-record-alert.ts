import { z } from 'zod';
import { SlaAlertLevelSchema, SlaTargetKindSchema } from '../../domain/ticket-event';
import { defineMutator } from './define-mutator';
import { loadTicket, recordEvent } from './ticket-helpers';

const Instant = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);

export const SlaRecordAlertArgsSchema = z.strictObject({
  ticketId: z.string().min(1),
  alertId: z.string().min(1).max(200),
  target: SlaTargetKindSchema,
  level: SlaAlertLevelSchema,
  repeat: z.number().int().nonnegative(),
  thresholdAt: Instant,
  dueAt: Instant.nullable(),
});

/**
 * A desktop SLA notification that was raised (first or repeat). Only an event: the ticket itself does
 * not change, so its version is not bumped and nothing conflicts.
 */
export const slaRecordAlert = defineMutator({
  name: 'sla.recordAlert',
  args: SlaRecordAlertArgsSchema,
  async apply(tx, ctx, args) {
    const ticket = await loadTicket(tx, args.ticketId);
    await recordEvent(tx, ctx, ticket.id, {
      kind: 'sla_alert',
      alertId: args.alertId,
      target: args.target,
      level: args.level,
      repeat: args.repeat,
      thresholdAt: args.thresholdAt,
      dueAt: args.dueAt,
    });
    return { ticketIds: [ticket.id] };
  },
});
