import { MesaError } from '../../../shared/errors';
import type { HandlerContext } from '../../services/handler-context';
import { getTicketDetail } from '../../store/queries';
import { readAvailability, readGroupAssignment, writeAvailability, writeGroupAssignment } from '../../workflow/agent-settings';
import { decideAssignee } from '../../workflow/assign-by-strategy';
import { loadMacros } from '../../workflow/macro-store';
import { filterProblems, problemRecordView, type ProblemCache } from '../../workflow/problems';
import type { HandlerRegistry } from '../handler-registry';
import { applyAndAnnounce } from './apply-and-announce';

/** Problems, macros, availability and assignment strategies. */
export function registerWorkflowPeopleHandlers(registry: HandlerRegistry, ctx: HandlerContext, problems: ProblemCache): void {
  registry.register('problems.list', async ({ query, limit }) => filterProblems(await problems(), query, limit));
  registry.register('problems.get', ({ problemId }) => problemRecordView(ctx.db, problems, problemId));

  registry.register('macros.list', () => loadMacros(ctx.db));

  registry.register('availability.get', async () => ({ availability: await readAvailability(ctx.db, ctx.session.agent.id) }));
  registry.register('availability.set', async ({ availability }) => {
    await writeAvailability(ctx.db, ctx.session.agent.id, availability);
    return { availability };
  });

  const assertGroup = async (groupId: string) => {
    const group = await ctx.db.selectFrom('groups').select('id').where('id', '=', groupId).executeTakeFirst();
    if (!group) throw new MesaError('reference.unknown_group', { groupId });
  };
  registry.register('assignment.getStrategy', async ({ groupId }) => {
    await assertGroup(groupId);
    return { groupId, ...(await readGroupAssignment(ctx.db, groupId)) };
  });
  registry.register('assignment.setStrategy', async ({ groupId, strategy }) => {
    await assertGroup(groupId);
    const current = await readGroupAssignment(ctx.db, groupId);
    await writeGroupAssignment(ctx.db, groupId, { ...current, strategy });
    return { groupId, strategy, lastAgentId: current.lastAgentId };
  });

  registry.register('assignment.assignByStrategy', async ({ ticketId }) => {
    const detail = await getTicketDetail(ctx.db, ticketId);
    if (!detail) throw new MesaError('ticket.not_found', { ticketId });
    const groupId = detail.ticket.groupId;
    if (groupId === null) return { kind: 'queued' as const, agentId: null, reason: 'manual' as const };
    const decision = await decideAssignee(ctx.db, groupId);
    if (decision.kind === 'queued') return { kind: 'queued' as const, agentId: null, reason: decision.reason };
    await applyAndAnnounce(ctx, { name: 'ticket.assign', args: { ticketId, assigneeId: decision.agentId, groupId } });
    return { kind: 'assigned' as const, agentId: decision.agentId, reason: null };
  });
}
