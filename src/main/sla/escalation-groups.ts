/**
 * Where a functional escalation goes by default: a group per category (the nearest ancestor that has
 * one wins), kept in `sync_meta` as `{ categoryId: groupId }`. The demo desk seeds it from its catalog.
 */
import type { Kysely } from 'kysely';
import { DEMO_CATEGORY_ROOTS, type DemoCategorySpec } from '../../shared/demo/catalog';
import type { Level } from '../../shared/domain/ticket-enums';
import { readMeta, writeMeta } from '../store/queries';
import type { Database } from '../store/schema';

const KEY = 'settings.escalation_groups';

export type EscalationGroups = Record<string, string>;

export function demoEscalationGroups(
  roots: readonly DemoCategorySpec[] = DEMO_CATEGORY_ROOTS,
): EscalationGroups {
  const groups: EscalationGroups = {};
  const visit = (spec: DemoCategorySpec): void => {
    if (spec.escalationGroupId) groups[spec.id] = spec.escalationGroupId;
    for (const child of spec.children ?? []) visit(child);
  };
  for (const root of roots) visit(root);
  return groups;
}

export async function seedEscalationGroups(db: Kysely<Database>): Promise<void> {
  await writeMeta(db, KEY, JSON.stringify(demoEscalationGroups()));
}

async function readGroups(db: Kysely<Database>): Promise<EscalationGroups> {
  const stored = await readMeta(db, KEY);
  if (!stored) return {};
  try {
    return JSON.parse(stored) as EscalationGroups;
  } catch {
    return {};
  }
}

/** The suggested group (and its level) for a ticket's category, or null when none is configured. */
export async function suggestEscalationGroup(
  db: Kysely<Database>,
  categoryId: string | null,
): Promise<{ groupId: string; level: Level } | null> {
  if (categoryId === null) return null;
  const groups = await readGroups(db);
  const seen = new Set<string>();
  let current: string | null = categoryId;
  while (current !== null && !seen.has(current)) {
    seen.add(current);
    const groupId = groups[current];
    if (groupId) {
      const group = await db
        .selectFrom('groups')
        .select(['id', 'level'])
        .where('id', '=', groupId)
        .executeTakeFirst();
      return group ? { groupId: group.id, level: group.level as Level } : null;
    }
    const row = await db
      .selectFrom('categories')
      .select('parent_id')
      .where('id', '=', current)
      .executeTakeFirst();
    current = row?.parent_id ?? null;
  }
  return null;
}
