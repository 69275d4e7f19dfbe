import { z } from 'zod';
import { SlaAcknowledgeAlertArgsSchema } from '../sync/mutators/sla-acknowledge-alert';
import { SlaRecordAlertArgsSchema } from '../sync/mutators/sla-record-alert';
import { TicketAssignArgsSchema } from '../sync/mutators/ticket-assign';
import { TicketCategorizeArgsSchema } from '../sync/mutators/ticket-categorize';
import { TicketClaimArgsSchema } from '../sync/mutators/ticket-claim';
import { TicketCommentArgsSchema } from '../sync/mutators/ticket-comment';
import { TicketCreateArgsSchema } from '../sync/mutators/ticket-create';
import { TicketPrioritizeArgsSchema } from '../sync/mutators/ticket-prioritize';
import { TicketSetStatusArgsSchema } from '../sync/mutators/ticket-set-status';

/** A mutation as the renderer asks for it: the name picks the args schema, so both are checked. */
export const MutationRequestSchema = z.discriminatedUnion('name', [
  z.strictObject({ name: z.literal('ticket.create'), args: TicketCreateArgsSchema }),
  z.strictObject({ name: z.literal('ticket.categorize'), args: TicketCategorizeArgsSchema }),
  z.strictObject({ name: z.literal('ticket.prioritize'), args: TicketPrioritizeArgsSchema }),
  z.strictObject({ name: z.literal('ticket.setStatus'), args: TicketSetStatusArgsSchema }),
  z.strictObject({ name: z.literal('ticket.comment'), args: TicketCommentArgsSchema }),
  z.strictObject({ name: z.literal('ticket.assign'), args: TicketAssignArgsSchema }),
  z.strictObject({ name: z.literal('ticket.claim'), args: TicketClaimArgsSchema }),
  z.strictObject({ name: z.literal('sla.recordAlert'), args: SlaRecordAlertArgsSchema }),
  z.strictObject({ name: z.literal('sla.acknowledgeAlert'), args: SlaAcknowledgeAlertArgsSchema }),
]);
export type MutationRequest = z.input<typeof MutationRequestSchema>;
