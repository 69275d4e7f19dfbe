import { z } from 'zod';
import { LevelSchema } from '../../domain/ticket-enums';
import { MesaError } from '../../errors';
import { defineMutator } from './define-mutator';
import { assertEditable, changeTicket, loadTicket, recordEvent } from './ticket-helpers';

export const TicketEscalateArgsSchema = z
  .strictObject({
    ticketId: z.string().min(1),
    kind: z.enum(['functional', 'hierarchical']),
    toGroupId: z.string().min(1).optional(),
    toLevel: LevelSchema.optional(),
    reason: z.string().trim().min(1).max(2000),
  })
  .superRefine((args, ctx) => {
    if (args.kind === 'functional' && args.toGroupId === undefined && args.toLevel === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['toGroupId'],
        message: 'a functional escalation needs a group or a level',
      });
    }
  });
export type TicketEscalateArgs = z.input<typeof TicketEscalateArgsSchema>;

/**
 * Escalation (DESIGN.md "Escalation"), always with a reason.
 * - functional: to another group and/or level; the ticket leaves the agent (assignee cleared) and
 *   lands in that group's queue.
 * - hierarchical: to the supervisor; recorded for them, the assignee keeps working it.
 */
export const ticketEscalate = defineMutator({
  name: 'ticket.escalate',
  args: TicketEscalateArgsSchema,
  async apply(tx, ctx, args) {
    const ticket = await loadTicket(tx, args.ticketId);
    assertEditable(ticket);
    const from = { assigneeId: ticket.assigneeId, groupId: ticket.groupId, level: ticket.level };
    if (args.kind === 'hierarchical') {
      await recordEvent(tx, ctx, ticket.id, {
        kind: 'escalated',
        escalation: 'hierarchical',
        from,
        to: { ...from, level: args.toLevel ?? ticket.level },
        reason: args.reason,
      });
      return { ticketIds: [ticket.id] };
    }
    if (args.toGroupId !== undefined && !(await tx.groupExists(args.toGroupId))) {
      throw new MesaError('reference.unknown_group', { groupId: args.toGroupId });
    }
    const to = {
      assigneeId: null,
      groupId: args.toGroupId ?? ticket.groupId,
      level: args.toLevel ?? ticket.level,
    };
    await changeTicket(tx, ctx, ticket, to, {
      kind: 'escalated',
      escalation: 'functional',
      from,
      to,
      reason: args.reason,
    });
    return { ticketIds: [ticket.id] };
  },
});
