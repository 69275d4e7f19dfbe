import type { Kysely } from 'kysely';
import { checklistTemplateFromRow, resolutionCodeFromRow, workflowDb } from '../../db/rows/workflow-rows';
import type { ServerDatabase } from '../../db/schema';
import { checklistTemplatePk } from '../../reference/write-workflow-reference';
import { STAFF } from '../scopes';

interface Scopes {
  all: string[];
}
interface Row {
  pk: string;
  row: unknown;
}

/**
 * Every published template version, for desk users only. Versions are few (tens), so they are read
 * whole and paged in memory by their change-log key (`id@000001`).
 */
export async function readChecklistTemplates(
  db: Kysely<ServerDatabase>,
  scopes: Scopes,
  afterPk: string,
  limit: number,
): Promise<Row[]> {
  if (!scopes.all.includes(STAFF)) return [];
  const rows = await workflowDb(db).selectFrom('checklist_templates').selectAll().execute();
  return rows
    .map((r) => ({ pk: checklistTemplatePk(r.id, Number(r.version)), row: checklistTemplateFromRow(r) }))
    .filter((r) => r.pk > afterPk)
    .sort((a, b) => (a.pk < b.pk ? -1 : a.pk > b.pk ? 1 : 0))
    .slice(0, limit);
}

export async function readResolutionCodes(
  db: Kysely<ServerDatabase>,
  scopes: Scopes,
  afterPk: string,
  limit: number,
): Promise<Row[]> {
  if (!scopes.all.includes(STAFF)) return [];
  const rows = await workflowDb(db)
    .selectFrom('resolution_codes')
    .selectAll()
    .where('code', '>', afterPk)
    .orderBy('code')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ pk: r.code, row: resolutionCodeFromRow(r) }));
}
