import { ChecklistTemplateSchema, type ChecklistTemplate } from '../../workflow/checklist/checklist-schema';
import type { ResolutionCode } from '../../workflow/resolution-codes';

// The workflow reference tables, stored alike by the desktop store and the server.

export type ChecklistTemplatesTable = {
  id: string;
  version: number;
  category_id: string;
  title_es: string;
  title_en: string;
  definition_json: string;
  active: number;
  published_at: string;
};
export type ResolutionCodesTable = {
  code: string;
  label_es: string;
  label_en: string;
  active: number;
  position: number;
};
export interface WorkflowTables {
  checklist_templates: ChecklistTemplatesTable;
  resolution_codes: ResolutionCodesTable;
}

/** Parsed on the way out: a hand-edited row fails loudly here rather than inside a run. */
export function checklistTemplateFromRow(row: ChecklistTemplatesTable): ChecklistTemplate {
  return ChecklistTemplateSchema.parse(JSON.parse(row.definition_json));
}

export function resolutionCodeFromRow(row: ResolutionCodesTable): ResolutionCode {
  return {
    code: row.code,
    label: { es: row.label_es, en: row.label_en },
    // Number(): PostgreSQL drivers may hand integers back as strings or bigints.
    active: Number(row.active) === 1,
    position: Number(row.position),
  };
}
