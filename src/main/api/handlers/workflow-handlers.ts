import type { Level } from '../../../shared/domain/ticket-enums';
import { MesaError } from '../../../shared/errors';
import { latestTemplateVersions, templatesForCategory } from '../../../shared/workflow/checklist/templates-for-category';
import { latestRecordedRun } from '../../../shared/workflow/checklist/checklist-events';
import { toIsoSeconds } from '../../services/clock';
import type { HandlerContext } from '../../services/handler-context';
import { suggestEscalationGroup } from '../../sla/escalation-groups';
import { getTicketDetail } from '../../store/queries';
import { listChecklistTemplates, listResolutionCodes } from '../../store/workflow-rows';
import { checklistRunViews, latestRunText } from '../../workflow/checklist-runs';
import { escalatedToUs } from '../../workflow/escalated-to-us';
import { createProblemCache, type ProblemCache } from '../../workflow/problems';
import { checkRepeats } from '../../workflow/repeat-check';
import { createSuggestReference, suggest } from '../../workflow/suggest';
import type { HandlerRegistry } from '../handler-registry';
import { registerChecklistTemplateHandlers } from './checklist-template-handlers';
import { registerWorkflowPeopleHandlers } from './workflow-people-handlers';

async function detailOf(ctx: HandlerContext, ticketId: string) {
  const detail = await getTicketDetail(ctx.db, ticketId);
  if (!detail) throw new MesaError('ticket.not_found', { ticketId });
  return detail;
}

/** First-line workflow (docs/workflow.md): checklists, suggestions, repeats, escalation context. */
export function registerWorkflowHandlers(registry: HandlerRegistry, ctx: HandlerContext): void {
  const problems: ProblemCache = createProblemCache(ctx.db);
  const reference = createSuggestReference(ctx.db);

  registry.register('checklist.templatesForTicket', async ({ ticketId }) => {
    const { ticket } = await detailOf(ctx, ticketId);
    const categories = await ctx.db.selectFrom('categories').select(['id', 'parent_id as parentId']).execute();
    return templatesForCategory(latestTemplateVersions(await listChecklistTemplates(ctx.db)), categories, ticket.categoryId);
  });

  registry.register('checklist.runs', async ({ ticketId }) => {
    const { events } = await detailOf(ctx, ticketId);
    return checklistRunViews(ctx.db, ticketId, events, ctx.session.language);
  });

  registry.register('resolution.codes', () => listResolutionCodes(ctx.db));

  registry.register('diagnosis.suggest', (input) => suggest({ db: ctx.db, problems, reference }, input, ctx.session.language));

  registry.register('problems.repeatCheck', (draft) => checkRepeats(ctx.db, problems, draft, toIsoSeconds(ctx.clock.now())));

  registry.register('escalation.context', async ({ ticketId }) => {
    const { ticket, events } = await detailOf(ctx, ticketId);
    const latest = latestRecordedRun(events) ? await latestRunText(ctx.db, ticketId, events, ctx.session.language) : null;
    const outcomeGroup = latest?.view.summary.outcome?.groupId ?? null;
    const checklistText = latest?.text ?? null;
    if (outcomeGroup) {
      const group = await ctx.db.selectFrom('groups').select('level').where('id', '=', outcomeGroup).executeTakeFirst();
      return { suggestedGroupId: outcomeGroup, suggestedLevel: (group?.level ?? null) as Level | null, checklistText };
    }
    const byCategory = await suggestEscalationGroup(ctx.db, ticket.categoryId);
    return { suggestedGroupId: byCategory?.groupId ?? null, suggestedLevel: byCategory?.level ?? null, checklistText };
  });

  registry.register('escalation.toUs', () => escalatedToUs(ctx.db, ctx.session.agent));

  registerWorkflowPeopleHandlers(registry, ctx, problems);
  registerChecklistTemplateHandlers(registry, ctx);
}
