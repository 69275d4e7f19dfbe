import { z } from 'zod';
import { computePriority } from '../../domain/priority';
import type { Ticket } from '../../domain/ticket';
import { IMPACTS, URGENCIES } from '../../domain/ticket-enums';
import { MesaError } from '../../errors';
import { defineMutator } from './define-mutator';
import { assertNotLinkedElsewhere, linkIncident, loadLinkableIncident } from './problem-helpers';
import { DESCRIPTION_MAX, TITLE_MAX } from './ticket-create';
import { provisionalNumberFor, recordEvent } from './ticket-helpers';

export const ProblemCreateArgsSchema = z.strictObject({
  /** The new problem's ticket id (a ticket of type `problem`). */
  problemId: z.uuid(),
  title: z.string().trim().min(1).max(TITLE_MAX),
  description: z.string().max(DESCRIPTION_MAX),
  /** The incidents it is created from: at least one, each linked in the same transaction. */
  incidentIds: z.array(z.string().min(1)).min(1).max(100),
  /** The group that will investigate it (a specialist must name theirs to keep it in scope). */
  groupId: z.string().min(1).nullable().default(null),
});

const highest = <T extends string>(order: readonly T[], values: readonly T[]): T =>
  order[Math.min(...values.map((v) => order.indexOf(v)))] as T;

/**
 * Creates a problem from one or several incidents. The problem takes its requester, organization,
 * area, channel and category from the first incident, and the highest impact and urgency among them.
 */
export const problemCreate = defineMutator({
  name: 'problem.create',
  args: ProblemCreateArgsSchema,
  async apply(tx, ctx, args) {
    if (await tx.getTicket(args.problemId)) throw new MesaError('ticket.already_exists', { ticketId: args.problemId });
    const incidents: Ticket[] = [];
    for (const id of new Set(args.incidentIds)) {
      const incident = await loadLinkableIncident(tx, id);
      assertNotLinkedElsewhere(incident, args.problemId);
      incidents.push(incident);
    }
    if (args.groupId && !(await tx.groupExists(args.groupId))) {
      throw new MesaError('reference.unknown_group', { groupId: args.groupId });
    }
    const first = incidents[0] as Ticket;
    const impact = highest(IMPACTS, incidents.map((i) => i.impact));
    const urgency = highest(URGENCIES, incidents.map((i) => i.urgency));
    const priority = computePriority(ctx.priorityMatrix, impact, urgency);
    const problem: Ticket = {
      id: args.problemId,
      number: null,
      provisionalNumber: provisionalNumberFor(args.problemId),
      type: 'problem',
      title: args.title,
      description: args.description,
      requesterId: first.requesterId,
      organizationId: first.organizationId,
      areaId: first.areaId,
      channel: first.channel,
      categoryId: first.categoryId,
      impact,
      urgency,
      priority,
      status: 'new',
      assigneeId: null,
      groupId: args.groupId,
      level: 'N1',
      problemId: null,
      tags: [],
      createdAt: ctx.now,
      updatedAt: ctx.now,
      resolvedAt: null,
      closedAt: null,
      slaDueAt: null,
      version: 1,
    };
    await tx.insertTicket(problem);
    await recordEvent(tx, ctx, problem.id, { kind: 'created', channel: problem.channel, status: 'new', priority });
    for (const incident of incidents) await linkIncident(tx, ctx, problem, incident);
    return { ticketIds: [problem.id, ...incidents.map((i) => i.id)] };
  },
});
