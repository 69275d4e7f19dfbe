import type { Kysely } from 'kysely';
import {
  checklistTemplateFromRow,
  resolutionCodeFromRow,
  type WorkflowTables,
} from '../../../shared/sync/rows/workflow-columns';
import type { ChecklistTemplate } from '../../../shared/workflow/checklist/checklist-schema';
import type { ResolutionCode } from '../../../shared/workflow/resolution-codes';
import type { ServerDatabase } from '../schema';

// The workflow tables' shapes and row mapping are shared with the desktop (workflow-columns);
// `workflowDb` widens a handle to see them.

export type ServerWorkflowDatabase = ServerDatabase & WorkflowTables;

export function workflowDb(db: Kysely<ServerDatabase>): Kysely<ServerWorkflowDatabase> {
  return db as unknown as Kysely<ServerWorkflowDatabase>;
}

/**
 * Stores template versions already validated (parseChecklistTemplate, with the server's groups). A
 * published version never changes: an (id, version) that exists is left as it is.
 */
export async function saveChecklistTemplates(
  db: Kysely<ServerDatabase>,
  templates: readonly ChecklistTemplate[],
  publishedAt: string,
): Promise<void> {
  if (templates.length === 0) return;
  await workflowDb(db)
    .insertInto('checklist_templates')
    .values(
      templates.map((t) => ({
        id: t.id,
        version: t.version,
        category_id: t.categoryId,
        title_es: t.title.es,
        title_en: t.title.en,
        definition_json: JSON.stringify(t),
        active: 1,
        published_at: publishedAt,
      })),
    )
    .onConflict((oc) => oc.columns(['id', 'version']).doNothing())
    .execute();
}

export async function listChecklistTemplates(db: Kysely<ServerDatabase>): Promise<ChecklistTemplate[]> {
  const rows = await workflowDb(db)
    .selectFrom('checklist_templates')
    .selectAll()
    .where('active', '=', 1)
    .orderBy('id')
    .orderBy('version')
    .execute();
  return rows.map(checklistTemplateFromRow);
}

export async function listResolutionCodes(db: Kysely<ServerDatabase>): Promise<ResolutionCode[]> {
  const rows = await workflowDb(db)
    .selectFrom('resolution_codes')
    .selectAll()
    .orderBy('position')
    .orderBy('code')
    .execute();
  return rows.map(resolutionCodeFromRow);
}

export type {
  ChecklistTemplatesTable,
  ResolutionCodesTable,
  WorkflowTables,
} from '../../../shared/sync/rows/workflow-columns';
export { checklistTemplateFromRow, resolutionCodeFromRow };
