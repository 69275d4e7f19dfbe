import { z } from 'zod';
import { computePriority } from '../../domain/priority';
import {
  ChannelSchema,
  ImpactSchema,
  TicketTypeSchema,
  UrgencySchema,
} from '../../domain/ticket-enums';
import { MesaError } from '../../errors';
import type { MutationTx } from '../mutation-tx';
import { defineMutator } from './define-mutator';
import { provisionalNumberFor, recordEvent } from './ticket-helpers';

export const TITLE_MAX = 200;
export const DESCRIPTION_MAX = 20_000;

export const TicketCreateArgsSchema = z.strictObject({
  id: z.uuid(),
  type: TicketTypeSchema,
  title: z.string().trim().min(1).max(TITLE_MAX),
  description: z.string().max(DESCRIPTION_MAX),
  requesterId: z.string().min(1),
  organizationId: z.string().min(1),
  areaId: z.string().min(1).nullable(),
  channel: ChannelSchema,
  categoryId: z.string().min(1).nullable(),
  impact: ImpactSchema,
  urgency: UrgencySchema,
  tags: z.array(z.string().trim().min(1).max(40)).max(20).default([]),
});
export type TicketCreateArgs = z.input<typeof TicketCreateArgsSchema>;

async function checkReferences(tx: MutationTx, args: z.infer<typeof TicketCreateArgsSchema>): Promise<void> {
  if (!(await tx.organizationExists(args.organizationId))) {
    throw new MesaError('reference.unknown_organization', { organizationId: args.organizationId });
  }
  const requester = await tx.getRequester(args.requesterId);
  if (!requester) throw new MesaError('reference.unknown_requester', { requesterId: args.requesterId });
  if (requester.organizationId !== args.organizationId) {
    throw new MesaError('reference.requester_organization_mismatch', { requesterId: args.requesterId });
  }
  if (args.areaId) {
    const area = await tx.getArea(args.areaId);
    if (!area || area.organizationId !== args.organizationId) {
      throw new MesaError('reference.unknown_area', { areaId: args.areaId });
    }
  }
  if (args.categoryId && !(await tx.categoryExists(args.categoryId))) {
    throw new MesaError('reference.unknown_category', { categoryId: args.categoryId });
  }
}

/** Registers a ticket: the agent who registers it is not its assignee until they claim it. */
export const ticketCreate = defineMutator({
  name: 'ticket.create',
  args: TicketCreateArgsSchema,
  async apply(tx, ctx, args) {
    if (await tx.getTicket(args.id)) throw new MesaError('ticket.already_exists', { ticketId: args.id });
    await checkReferences(tx, args);
    const priority = computePriority(ctx.priorityMatrix, args.impact, args.urgency);
    await tx.insertTicket({
      id: args.id,
      number: null,
      provisionalNumber: provisionalNumberFor(args.id),
      type: args.type,
      title: args.title,
      description: args.description,
      requesterId: args.requesterId,
      organizationId: args.organizationId,
      areaId: args.areaId,
      channel: args.channel,
      categoryId: args.categoryId,
      impact: args.impact,
      urgency: args.urgency,
      priority,
      status: 'new',
      assigneeId: null,
      groupId: null,
      level: 'N1',
      problemId: null,
      tags: args.tags,
      createdAt: ctx.now,
      updatedAt: ctx.now,
      resolvedAt: null,
      closedAt: null,
      slaDueAt: null,
      version: 1,
    });
    await recordEvent(tx, ctx, args.id, { kind: 'created', channel: args.channel, status: 'new', priority });
    return { ticketIds: [args.id] };
  },
});
