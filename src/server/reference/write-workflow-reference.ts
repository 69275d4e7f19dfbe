import type { Kysely } from 'kysely';
import type { ChecklistTemplate } from '../../shared/workflow/checklist/checklist-schema';
import type { ResolutionCode } from '../../shared/workflow/resolution-codes';
import { saveChecklistTemplates, workflowDb } from '../db/rows/workflow-rows';
import type { ServerDatabase } from '../db/schema';
import { ChangeRecorder } from '../sync/change-log/change-recorder';
import { STAFF } from '../sync/scopes';

/** Change-log key of a template version: sorts by id, then numerically by version (snapshot paging). */
export function checklistTemplatePk(id: string, version: number): string {
  return `${id}@${String(version).padStart(6, '0')}`;
}

export interface WorkflowReference {
  /** Already validated (parseChecklistTemplate with the server's groups and codes). */
  templates?: readonly ChecklistTemplate[];
  resolutionCodes?: readonly ResolutionCode[];
}

/**
 * Publishes workflow reference data (seed, admin tools) in one transaction and logs every row with
 * scope `staff`, so desks receive templates and codes through the same pull as tickets. A published
 * template version never changes (an existing one is left alone); codes are upserted.
 */
export async function writeWorkflowReference(
  db: Kysely<ServerDatabase>,
  data: WorkflowReference,
  nowMs: number = Date.now(),
): Promise<number | null> {
  const recorder = new ChangeRecorder();
  const nowIso = new Date(nowMs).toISOString();
  const flushed = await db.transaction().execute(async (trx) => {
    const templates = data.templates ?? [];
    await saveChecklistTemplates(trx, templates, nowIso);
    for (const t of templates) {
      const pk = checklistTemplatePk(t.id, t.version);
      recorder.record({ table: 'checklist_templates', pk, op: 'upsert', row: t, scopes: [STAFF], currentScopes: [STAFF] });
    }
    for (const c of data.resolutionCodes ?? []) {
      const row = { code: c.code, label_es: c.label.es, label_en: c.label.en, active: c.active ? 1 : 0, position: c.position };
      const { code: _code, ...update } = row;
      await workflowDb(trx).insertInto('resolution_codes').values(row).onConflict((oc) => oc.column('code').doUpdateSet(update)).execute();
      recorder.record({ table: 'resolution_codes', pk: c.code, op: 'upsert', row: c, scopes: [STAFF], currentScopes: [STAFF] });
    }
    return recorder.flush(trx, nowIso);
  });
  return flushed?.lastSeq ?? null;
}
