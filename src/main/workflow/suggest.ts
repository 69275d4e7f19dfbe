import { sql, type Kysely } from 'kysely';
import type { Suggestions } from '../../shared/api/workflow-schemas';
import type { Language } from '../../shared/domain/localized-text';
import type { TicketStatus } from '../../shared/domain/ticket-enums';
import { latestTemplateVersions, templatesForCategory } from '../../shared/workflow/checklist/templates-for-category';
import type { ChecklistTemplate } from '../../shared/workflow/checklist/checklist-schema';
import { tokenize } from '../../shared/workflow/text-similarity';
import type { Database } from '../store/schema';
import { listChecklistTemplates } from '../store/workflow-rows';
import type { ProblemCache } from './problems';

/**
 * Matching documents looked at per keystroke, newest first. Ranking every match with bm25 costs tens of
 * ms when a common word matches thousands of tickets; the newest few hundred are read from the index
 * without ranking (FTS5 walks rowids backwards and stops) and scored here on their titles.
 */
const CANDIDATES = 200;
const MAX_TERMS = 6;
/** Share of the typed words a known error must contain to be offered. */
const KNOWN_ERROR_MIN = 0.34;

/**
 * The typed text as an FTS5 query: meaningful words only (≥ 3 letters, no filler words, as the
 * repeated-incident rules compare), quoted so nothing is syntax; the word still being typed is a
 * prefix. `all` joins them with AND (precise, few documents to rank), otherwise OR.
 */
export function suggestionQuery(text: string, all: boolean): string | null {
  const words = [...tokenize(text)].slice(-MAX_TERMS);
  if (words.length === 0) return null;
  const typing = !/[\s.,;:!?]$/.test(text);
  const last = words.length - 1;
  return words.map((w, i) => (typing && i === last ? `"${w}"*` : `"${w}"`)).join(all ? ' AND ' : ' OR ');
}

interface HitRow {
  id: string;
  number: string | null;
  provisional_number: string;
  title: string;
  status: string;
  category_id: string | null;
}

interface ScoredHit extends HitRow {
  score: number;
}

async function resolvedMatches(db: Kysely<Database>, match: string, exclude: string): Promise<HitRow[]> {
  // Ticket documents only (rowid > 0; comments are negative), newest first, then resolved incidents.
  // CROSS JOIN keeps this order: left to itself the planner scans every resolved ticket and probes the
  // matches (measured 50 ms over 100k tickets instead of 1 ms).
  const { rows } = await sql<HitRow>`
    SELECT t.id, t.number, t.provisional_number, t.title, t.status, t.category_id
    FROM (SELECT ticket_id FROM ticket_fts WHERE ticket_fts MATCH ${match} AND rowid > 0 ORDER BY rowid DESC LIMIT ${CANDIDATES}) f
    CROSS JOIN tickets t ON t.id = f.ticket_id
    WHERE t.status IN ('resolved', 'closed') AND t.type = 'incident' AND t.id <> ${exclude}`.execute(db);
  return rows;
}

/**
 * Similar resolved incidents: every meaningful word (AND) first, any of them (OR) when that finds too
 * few. Scored by the share of the typed words found in the title (+0.25 in the same category); ties keep
 * the newest first.
 */
async function similarResolved(
  db: Kysely<Database>,
  text: string,
  words: ReadonlySet<string>,
  categoryId: string | null,
  exclude: string,
  limit: number,
): Promise<HitRow[]> {
  const seen = new Map<string, ScoredHit>();
  const score = (h: HitRow): number => {
    const title = tokenize(h.title);
    let shared = 0;
    for (const w of words) if (title.has(w) || [...title].some((x) => x.startsWith(w))) shared += 1;
    return shared / Math.max(1, words.size) + (categoryId !== null && h.category_id === categoryId ? 0.25 : 0);
  };
  for (const all of [true, false]) {
    if (!all && (seen.size >= limit || words.size < 2)) break;
    const match = suggestionQuery(text, all);
    if (!match) break;
    for (const h of await resolvedMatches(db, match, exclude)) if (!seen.has(h.id)) seen.set(h.id, { ...h, score: score(h) });
  }
  return [...seen.values()].sort((a, b) => b.score - a.score).slice(0, limit);
}

async function resolutionsOf(db: Kysely<Database>, ids: string[]): Promise<Map<string, { resolutionCode: string; solution: string }>> {
  const out = new Map<string, { resolutionCode: string; solution: string }>();
  if (ids.length === 0) return out;
  const rows = await db
    .selectFrom('ticket_events')
    .select(['ticket_id', 'data_json'])
    .where('ticket_id', 'in', ids)
    .where('kind', '=', 'resolution_recorded')
    .orderBy('seq')
    .execute();
  for (const r of rows) {
    const data = JSON.parse(r.data_json) as { resolutionCode: string; solution: string };
    out.set(r.ticket_id, { resolutionCode: data.resolutionCode, solution: data.solution });
  }
  return out;
}

export interface SuggestDeps {
  db: Kysely<Database>;
  problems: ProblemCache;
  /** Templates and the category tree change rarely: read once and kept until invalidated. */
  reference: () => Promise<{ templates: ChecklistTemplate[]; categories: Array<{ id: string; parentId: string | null }> }>;
}

export function createSuggestReference(db: Kysely<Database>) {
  let cached: Awaited<ReturnType<SuggestDeps['reference']>> | null = null;
  let at = 0;
  return async () => {
    // Re-read at most every 30 s: a synced template version shows up in new suggestions soon enough.
    if (!cached || Date.now() - at > 30_000) {
      const [templates, categories] = await Promise.all([
        listChecklistTemplates(db),
        db.selectFrom('categories').select(['id', 'parent_id as parentId']).execute(),
      ]);
      cached = { templates: latestTemplateVersions(templates), categories };
      at = Date.now();
    }
    return cached;
  };
}

/**
 * What the agent is offered while typing or answering (docs/workflow.md §2): similar past tickets that
 * were resolved, with their resolution; known errors whose words the text contains; the checklists of
 * the category (or whose title matches the text).
 */
export async function suggest(
  deps: SuggestDeps,
  input: { text: string; categoryId: string | null; ticketId: string | null; limit: number },
  language: Language,
): Promise<Suggestions> {
  const { text, categoryId, ticketId, limit } = input;
  const words = tokenize(text);
  const exclude = ticketId ?? '';
  const hits = await similarResolved(deps.db, text, words, categoryId, exclude, limit);
  const resolutions = await resolutionsOf(deps.db, hits.map((h) => h.id));
  const knownErrors = words.size === 0 ? [] : (await deps.problems())
    .filter((p) => p.knownError)
    .map((p) => {
      const theirs = tokenize(`${p.title} ${p.description} ${p.workaround ?? ''}`);
      let shared = 0;
      for (const w of words) if (theirs.has(w)) shared += 1;
      return { p, score: shared / words.size };
    })
    .filter((s) => s.score >= KNOWN_ERROR_MIN)
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ p, score }) => ({ problemId: p.id, displayNumber: p.displayNumber, title: p.title, workaround: p.workaround, score: Math.round(score * 100) / 100 }));
  const { templates, categories } = await deps.reference();
  const own = templatesForCategory(templates, categories, categoryId);
  const byText = templates.filter((t) => !own.includes(t) && [...tokenize(t.title[language])].some((w) => words.has(w)));
  const checklists = [...own, ...byText].slice(0, limit).map((t) => ({
    templateId: t.id,
    version: t.version,
    title: t.title[language],
    categoryId: t.categoryId,
  }));
  return {
    similar: hits.map((h) => ({
      ticketId: h.id,
      displayNumber: h.number ?? h.provisional_number,
      title: h.title,
      status: h.status as TicketStatus,
      categoryId: h.category_id,
      resolution: resolutions.get(h.id) ?? null,
    })),
    knownErrors,
    checklists,
  };
}
