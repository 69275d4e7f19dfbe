import type { Kysely, Selectable, Transaction } from 'kysely';
import { ChecklistTemplateSchema, type ChecklistTemplate } from '../../shared/workflow/checklist/checklist-schema';
import type { ResolutionCode } from '../../shared/workflow/resolution-codes';
import type { Database } from './schema';

/**
 * Row shapes of the workflow reference tables (migration 20261127T0200-workflow), kept beside their
 * mapping rather than in schema.ts so the workflow owns them; `workflowDb` widens a handle to see them.
 */
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
export type WorkflowDatabase = Database & WorkflowTables;

export function workflowDb(db: Kysely<Database> | Transaction<Database>): Kysely<WorkflowDatabase> {
  return db as unknown as Kysely<WorkflowDatabase>;
}

/** Parsed on the way out: a hand-edited row fails loudly here rather than inside a run. */
export function checklistTemplateFromRow(row: Selectable<ChecklistTemplatesTable>): ChecklistTemplate {
  return ChecklistTemplateSchema.parse(JSON.parse(row.definition_json));
}

export function resolutionCodeFromRow(row: Selectable<ResolutionCodesTable>): ResolutionCode {
  return {
    code: row.code,
    label: { es: row.label_es, en: row.label_en },
    active: row.active === 1,
    position: row.position,
  };
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
export async function listChecklistTemplates(db: Kysely<Database> | Transaction<Database>): Promise<ChecklistTemplate[]> {
  const rows = await workflowDb(db).selectFrom('checklist_templates').selectAll().where('active', '=', 1).orderBy('id').orderBy('version').execute();
  return rows.map(checklistTemplateFromRow);
}

export async function listResolutionCodes(db: Kysely<Database> | Transaction<Database>): Promise<ResolutionCode[]> {
  const rows = await workflowDb(db).selectFrom('resolution_codes').selectAll().orderBy('position').orderBy('code').execute();
  return rows.map(resolutionCodeFromRow);
}
