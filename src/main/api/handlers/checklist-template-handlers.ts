import { MesaError } from '../../../shared/errors';
import { parseChecklistTemplate } from '../../../shared/workflow/checklist/parse-checklist-template';
import { latestTemplateVersions } from '../../../shared/workflow/checklist/templates-for-category';
import type { ChecklistTemplate } from '../../../shared/workflow/checklist/checklist-schema';
import { toIsoSeconds } from '../../services/clock';
import type { HandlerContext } from '../../services/handler-context';
import {
  listChecklistTemplates,
  listResolutionCodes,
  saveChecklistTemplates,
} from '../../store/workflow-rows';
import type { HandlerRegistry } from '../handler-registry';

/** Only supervisors and admins edit the desk's diagnosis checklists (docs/workflow.md). */
export function canEditChecklists(role: string): boolean {
  return role === 'supervisor' || role === 'admin';
}

/**
 * Validates a template as the editor sent it and stores it as the next version of its id. A stored
 * (id, version) never changes, so an edit is always a new version; runs keep the one they started with.
 */
export async function saveChecklistTemplate(
  ctx: HandlerContext,
  input: Record<string, unknown>,
): Promise<ChecklistTemplate> {
  const { agent } = ctx.session;
  if (!canEditChecklists(agent.role)) throw new MesaError('auth.forbidden', { role: agent.role });
  return ctx.db.transaction().execute(async (trx) => {
    const stored = await listChecklistTemplates(trx);
    const id = typeof input.id === 'string' ? input.id.trim() : '';
    const version = stored.filter((t) => t.id === id).reduce((max, t) => Math.max(max, t.version), 0) + 1;
    const groups = await trx.selectFrom('groups').select('id').execute();
    const codes = await listResolutionCodes(trx);
    const parsed = parseChecklistTemplate(
      { ...input, version },
      { knownGroupIds: groups.map((g) => g.id), knownResolutionCodes: codes.map((c) => c.code) },
    );
    if (!parsed.ok) throw parsed.error;
    await saveChecklistTemplates(trx, [parsed.template], toIsoSeconds(ctx.clock.now()));
    return parsed.template;
  });
}

export function registerChecklistTemplateHandlers(registry: HandlerRegistry, ctx: HandlerContext): void {
  registry.register('checklist.templates.list', async () =>
    latestTemplateVersions(await listChecklistTemplates(ctx.db)),
  );
  registry.register('checklist.templates.save', ({ template }) => saveChecklistTemplate(ctx, template));
}
