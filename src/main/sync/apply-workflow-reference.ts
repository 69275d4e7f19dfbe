import type { Transaction } from 'kysely';
import { ChecklistTemplateSchema } from '../../shared/workflow/checklist/checklist-schema';
import { ResolutionCodeSchema } from '../../shared/workflow/resolution-codes';
import type { Database } from '../store/schema';
import { saveChecklistTemplates, workflowDb } from '../store/workflow-rows';

/**
 * Workflow reference rows from the server (docs/workflow.md): template versions are immutable once
 * published (an existing one is kept), resolution codes are upserted (an admin renames or retires one).
 */
export async function applyWorkflowReferenceChange(
  trx: Transaction<Database>,
  table: 'checklist_templates' | 'resolution_codes',
  row: Record<string, unknown>,
): Promise<void> {
  if (table === 'checklist_templates') {
    const template = ChecklistTemplateSchema.parse(row);
    await saveChecklistTemplates(trx, [template], new Date().toISOString());
    return;
  }
  const c = ResolutionCodeSchema.parse(row);
  const values = { code: c.code, label_es: c.label.es, label_en: c.label.en, active: c.active ? 1 : 0, position: c.position };
  const { code: _code, ...update } = values;
  await workflowDb(trx)
    .insertInto('resolution_codes')
    .values(values)
    .onConflict((oc) => oc.column('code').doUpdateSet(update))
    .execute();
}
