import type { Kysely } from 'kysely';
import { DEMO_CHECKLIST_TEMPLATES } from '../../shared/demo/checklists';
import { createSeededIdGenerator } from '../../shared/domain/ids';
import type { Language } from '../../shared/domain/localized-text';
import { templatesForCategory } from '../../shared/workflow/checklist/templates-for-category';
import type { StoreHandle } from '../store/open-database';
import type { Database } from '../store/schema';
import { saveChecklistTemplates } from '../store/workflow-rows';
import { DEMO_MACROS } from '../../shared/demo/macros';
import { saveMacros } from './macro-store';

const GENERIC: Record<Language, string> = {
  es: 'Se guió al usuario paso a paso y se verificó con él que el servicio funciona.',
  en: 'The user was guided step by step and we checked with them that the service works.',
};

interface ResolvedRow {
  id: string;
  category_id: string | null;
  resolved_at: string | null;
  updated_at: string;
  assignee_id: string | null;
  language: string | null;
}

/**
 * The resolution record a resolved demo ticket would carry (the generator predates resolutions): the
 * known solution of its category's checklist where there is one, else a generic one, in the
 * requester's language. Gives the diagnosis suggestions past resolutions to offer.
 */
export function seedDemoResolutions(handle: Pick<StoreHandle, 'sqlite'>, seed: number): number {
  const { sqlite } = handle;
  const categories = sqlite.prepare('SELECT id, parent_id AS parentId FROM categories').all() as Array<{ id: string; parentId: string | null }>;
  const solutionOf = new Map<string, { code: string; text: Record<Language, string> }>();
  const solutionFor = (categoryId: string | null) => {
    const key = categoryId ?? '';
    let found = solutionOf.get(key);
    if (!found) {
      const outcome = templatesForCategory(DEMO_CHECKLIST_TEMPLATES, categories, categoryId)
        .flatMap((t) => t.outcomes)
        .find((o) => o.kind === 'resolved');
      found = outcome?.kind === 'resolved'
        ? { code: outcome.resolutionCode ?? 'guided_user', text: outcome.solution }
        : { code: 'guided_user', text: GENERIC };
      solutionOf.set(key, found);
    }
    return found;
  };
  const rows = sqlite
    .prepare(`SELECT t.id, t.category_id, t.resolved_at, t.updated_at, t.assignee_id, r.language
      FROM tickets t LEFT JOIN requesters r ON r.id = t.requester_id
      WHERE t.status IN ('resolved', 'closed') AND t.type = 'incident'
        AND NOT EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket_id = t.id AND e.kind = 'resolution_recorded')`)
    .all() as ResolvedRow[];
  const insert = sqlite.prepare(`INSERT INTO ticket_events (id, ticket_id, actor_id, device_id, at, offline, kind, data_json)
    VALUES (?, ?, ?, 'demo-seed', ?, 0, 'resolution_recorded', ?)`);
  const nextId = createSeededIdGenerator(seed + 1_000_003);
  sqlite.transaction(() => {
    rows.forEach((row, i) => {
      const language: Language = row.language === 'en' ? 'en' : 'es';
      const { code, text } = solutionFor(row.category_id);
      const data = { kind: 'resolution_recorded', resolutionCode: code, solution: text[language], firstContact: i % 3 !== 0 };
      insert.run(nextId(), row.id, row.assignee_id ?? 'agent-demo', row.resolved_at ?? row.updated_at, JSON.stringify(data));
    });
  })();
  return rows.length;
}

/** Diagnosis checklists, macros and past resolutions for the local demo desk (no server). */
export async function seedWorkflowDemo(
  store: { db: Kysely<Database>; sqlite: StoreHandle['sqlite'] },
  options: { seed: number; now: string },
): Promise<void> {
  await saveChecklistTemplates(store.db, DEMO_CHECKLIST_TEMPLATES, options.now);
  await saveMacros(store.db, DEMO_MACROS);
  seedDemoResolutions(store, options.seed);
}
