import type { Kysely, Selectable } from 'kysely';
import { ChecklistTemplateSchema, type ChecklistTemplate } from '../../../shared/workflow/checklist/checklist-schema';
import type { ResolutionCode } from '../../../shared/workflow/resolution-codes';
import type { ServerDatabase } from '../schema';

// Row shapes and mapping of the workflow reference tables (migration 20261127T1000-server-workflow).
// They mirror src/main/store/workflow-rows.ts (the desktop one cannot be imported from here) and sit
// beside their mapping rather than in schema.ts; `workflowDb` widens a handle to see them.

export interface ChecklistTemplatesTable {
  id: string;
  version: number;
  category_id: string;
  title_es: string;
  title_en: string;
  definition_json: string;
  active: number;
  published_at: string;
}
export interface ResolutionCodesTable {
  code: string;
  label_es: string;
  label_en: string;
  active: number;
  position: number;
}
export interface WorkflowTables {
  checklist_templates: ChecklistTemplatesTable;
  resolution_codes: ResolutionCodesTable;
}
export type ServerWorkflowDatabase = ServerDatabase & WorkflowTables;

export function workflowDb(db: Kysely<ServerDatabase>): Kysely<ServerWorkflowDatabase> {
  return db as unknown as Kysely<ServerWorkflowDatabase>;
}

export function checklistTemplateFromRow(row: Selectable<ChecklistTemplatesTable>): ChecklistTemplate {
  return ChecklistTemplateSchema.parse(JSON.parse(row.definition_json));
}

export function resolutionCodeFromRow(row: Selectable<ResolutionCodesTable>): ResolutionCode {
  return {
    code: row.code,
    label: { es: row.label_es, en: row.label_en },
    active: Number(row.active) === 1,
    position: Number(row.position),
  };
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
