import type { Kysely } from 'kysely';
import type { Database } from '../schema';

/** The given categories and everything under them: filtering by "Hardware" includes "Impresoras". */
export async function expandCategoryIds(db: Kysely<Database>, categoryIds: readonly string[]): Promise<string[]> {
  if (categoryIds.length === 0) return [];
  const rows = await db.selectFrom('categories').select(['id', 'parent_id']).execute();
  const children = new Map<string, string[]>();
  for (const row of rows) {
    if (!row.parent_id) continue;
    const list = children.get(row.parent_id) ?? [];
    list.push(row.id);
    children.set(row.parent_id, list);
  }
  const result = new Set<string>();
  const pending = [...categoryIds];
  while (pending.length > 0) {
    const id = pending.pop() as string;
    if (result.has(id)) continue;
    result.add(id);
    pending.push(...(children.get(id) ?? []));
  }
  return [...result];
}
