import type { Kysely } from 'kysely';
import type { RepeatWarningView } from '../../shared/api/workflow-schemas';
import { isReopen } from '../../shared/domain/lifecycle';
import type { TicketStatus, TicketType } from '../../shared/domain/ticket-enums';
import {
  DEFAULT_REPEAT_WINDOW_DAYS,
  detectRepeatedIncidents,
  type RepeatCandidate,
} from '../../shared/workflow/repeated-incidents';
import type { Database } from '../store/schema';
import type { ProblemCache } from './problems';

export interface RepeatDraft {
  type: TicketType;
  requesterId: string;
  categoryId: string | null;
  title: string;
  description: string;
}

const DAY_MS = 86_400_000;

/** The requester's recent tickets with how often each was reopened (tickets_by_requester index). */
async function candidatesFor(db: Kysely<Database>, requesterId: string, nowIso: string, windowDays: number) {
  const since = new Date(Date.parse(nowIso) - windowDays * DAY_MS).toISOString();
  const rows = await db
    .selectFrom('tickets')
    .select(['id', 'number', 'provisional_number', 'title', 'type', 'requester_id', 'category_id', 'status', 'created_at', 'problem_id'])
    .where('requester_id', '=', requesterId)
    .where('created_at', '>=', since)
    .orderBy('created_at', 'desc')
    .limit(200)
    .execute();
  const reopens = new Map<string, number>();
  if (rows.length > 0) {
    const changes = await db
      .selectFrom('ticket_events')
      .select(['ticket_id', 'data_json'])
      .where('ticket_id', 'in', rows.map((r) => r.id))
      .where('kind', '=', 'status_changed')
      .execute();
    for (const c of changes) {
      const d = JSON.parse(c.data_json) as { from: TicketStatus; to: TicketStatus };
      if (isReopen(d.from, d.to)) reopens.set(c.ticket_id, (reopens.get(c.ticket_id) ?? 0) + 1);
    }
  }
  return rows.map((r) => ({
    row: r,
    candidate: {
      id: r.id,
      type: r.type as TicketType,
      requesterId: r.requester_id,
      categoryId: r.category_id,
      status: r.status as TicketStatus,
      createdAt: r.created_at,
      reopenCount: reopens.get(r.id) ?? 0,
      problemId: r.problem_id,
    } satisfies RepeatCandidate,
  }));
}

/**
 * Repeated-incident warnings for a ticket being registered (docs/workflow.md §1), the shared rules
 * fed from the store, each ticket and problem named with its number and title so the dialog can show
 * and link them.
 */
export async function checkRepeats(
  db: Kysely<Database>,
  problems: ProblemCache,
  draft: RepeatDraft,
  nowIso: string,
): Promise<RepeatWarningView[]> {
  const windowDays = DEFAULT_REPEAT_WINDOW_DAYS;
  const found = await candidatesFor(db, draft.requesterId, nowIso, windowDays);
  const all = await problems();
  const knownErrors = all.filter((p) => p.knownError).map((p) => ({ problemId: p.id, title: p.title, description: p.description, workaround: p.workaround }));
  const warnings = detectRepeatedIncidents(
    { id: null, ...draft, createdAt: nowIso, reopenCount: 0 },
    found.map((f) => f.candidate),
    knownErrors,
    { windowDays },
  );
  const ticketRef = (id: string) => {
    const r = found.find((f) => f.row.id === id)?.row;
    return { id, displayNumber: r ? (r.number ?? r.provisional_number) : id, title: r?.title ?? '' };
  };
  const problemRef = (id: string) => {
    const p = all.find((x) => x.id === id);
    return { id, displayNumber: p?.displayNumber ?? id, title: p?.title ?? '' };
  };
  return warnings.map((w): RepeatWarningView => {
    switch (w.rule) {
      case 'same_requester_category':
        return { rule: w.rule, tickets: w.ticketIds.map(ticketRef), problems: w.problemIds.map(problemRef), windowDays: w.windowDays };
      case 'reopened':
        return { rule: w.rule, tickets: w.ticketIds.map(ticketRef) };
      case 'known_error':
        return { rule: w.rule, problem: problemRef(w.problemId), score: w.score, workaround: w.workaround };
    }
  });
}
