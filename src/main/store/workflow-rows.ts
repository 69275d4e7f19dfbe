import type { Kysely, Transaction } from 'kysely';
import {
  checklistTemplateFromRow,
  resolutionCodeFromRow,
  type WorkflowTables,
} from '../../shared/sync/rows/workflow-columns';
import type { ChecklistTemplate } from '../../shared/workflow/checklist/checklist-schema';
import type { ResolutionCode } from '../../shared/workflow/resolution-codes';
import type { Database } from './schema';

// The workflow tables' shapes and row mapping are shared with the server (workflow-columns);
// `workflowDb` widens a handle to see them.
export type WorkflowDatabase = Database & WorkflowTables;

export function workflowDb(db: Kysely<Database> | Transaction<Database>): Kysely<WorkflowDatabase> {
  return db as unknown as Kysely<WorkflowDatabase>;
}

/**
 * Stores template versions already validated (parseChecklistTemplate). A published version never
 * changes: storing an (id, version) that exists is a no-op, so seeding twice is harmless.
 */
export async function saveChecklistTemplates(
  db: Kysely<Database> | Transaction<Database>,
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

/** Every stored version (the desktop picks latest per id with latestTemplateVersions). */
export async function listChecklistTemplates(
  db: Kysely<Database> | Transaction<Database>,
): Promise<ChecklistTemplate[]> {
  const rows = await workflowDb(db)
    .selectFrom('checklist_templates')
    .selectAll()
    .where('active', '=', 1)
    .orderBy('id')
    .orderBy('version')
    .execute();
  return rows.map(checklistTemplateFromRow);
}

export async function listResolutionCodes(
  db: Kysely<Database> | Transaction<Database>,
): Promise<ResolutionCode[]> {
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
} from '../../shared/sync/rows/workflow-columns';
export { checklistTemplateFromRow, resolutionCodeFromRow };
