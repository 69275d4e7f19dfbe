import { sql, type Kysely } from 'kysely';
import type { ProblemRecordView, ProblemSummary } from '../../shared/api/workflow-schemas';
import { normalizeForMatch } from '../../shared/domain/category';
import type { TicketStatus } from '../../shared/domain/ticket-enums';
import type { TicketEvent } from '../../shared/domain/ticket-event';
import { MesaError } from '../../shared/errors';
import { foldProblemRecord } from '../../shared/workflow/problem-record';
import { QUEUE_ROW_COLUMNS, queueRowFromRecord, type QueueRowRecord } from '../store/queries/queue-row';
import type { Database } from '../store/schema';
import { eventFromRow } from '../store/ticket-rows';

interface ProblemTicketRow {
  id: string;
  number: string | null;
  provisional_number: string;
  title: string;
  description: string;
  status: string;
  created_at: string;
}

export interface ProblemEntry extends ProblemSummary {
  description: string;
}

const RECORD_KINDS = ['problem_linked', 'problem_unlinked', 'problem_updated'] as const;

/**
 * Every problem on this device with its folded record. Problems are few next to incidents: the
 * partial index `tickets_problems` finds them without touching the rest (`type = 'problem'` repeated
 * as written in the migration).
 */
async function readProblems(db: Kysely<Database>): Promise<ProblemEntry[]> {
  const { rows } = await sql<ProblemTicketRow>`SELECT id, number, provisional_number, title, description, status, created_at
    FROM tickets WHERE type = 'problem' ORDER BY created_at DESC`.execute(db);
  if (rows.length === 0) return [];
  const events = await db
    .selectFrom('ticket_events')
    .selectAll()
    .where('ticket_id', 'in', rows.map((r) => r.id))
    .where('kind', 'in', [...RECORD_KINDS])
    .orderBy('seq')
    .execute();
  const byTicket = new Map<string, TicketEvent[]>();
  for (const e of events) byTicket.set(e.ticket_id, [...(byTicket.get(e.ticket_id) ?? []), eventFromRow(e)]);
  return rows.map((r) => {
    const record = foldProblemRecord(r.id, byTicket.get(r.id) ?? []);
    return {
      id: r.id,
      displayNumber: r.number ?? r.provisional_number,
      title: r.title,
      description: r.description,
      status: r.status as TicketStatus,
      createdAt: r.created_at,
      rootCause: record.rootCause,
      workaround: record.workaround,
      knownError: record.knownError,
      incidentCount: record.incidentIds.length,
    };
  });
}

/**
 * Problems are read on every keystroke of the suggestions: kept in memory and re-read only when the
 * history grew (max event seq changed: a new problem, a link, a record update all add events).
 */
export function createProblemCache(db: Kysely<Database>) {
  let cached: { seq: number; problems: ProblemEntry[] } | null = null;
  return async function problems(): Promise<ProblemEntry[]> {
    const { rows } = await sql<{ seq: number | null }>`SELECT max(seq) AS seq FROM ticket_events`.execute(db);
    const seq = rows[0]?.seq ?? 0;
    if (cached?.seq !== seq) cached = { seq, problems: await readProblems(db) };
    return cached.problems;
  };
}
export type ProblemCache = ReturnType<typeof createProblemCache>;

export function filterProblems(problems: readonly ProblemEntry[], query: string, limit: number): ProblemSummary[] {
  const words = normalizeForMatch(query).split(/\s+/).filter(Boolean);
  return problems
    .filter((p) => {
      const text = normalizeForMatch(`${p.displayNumber} ${p.title}`);
      return words.every((w) => text.includes(w));
    })
    .slice(0, limit)
    .map(({ description: _d, ...summary }) => summary);
}

/** One problem with its linked incidents (as queue rows), for the problem panel. */
export async function problemRecordView(db: Kysely<Database>, cache: ProblemCache, problemId: string): Promise<ProblemRecordView> {
  const entry = (await cache()).find((p) => p.id === problemId);
  if (!entry) throw new MesaError('problem.not_a_problem', { ticketId: problemId });
  const { rows } = await sql<QueueRowRecord>`SELECT ${QUEUE_ROW_COLUMNS} FROM tickets t
    LEFT JOIN requesters r ON r.id = t.requester_id WHERE t.problem_id = ${problemId} ORDER BY t.created_at`.execute(db);
  const { description: _d, ...summary } = entry;
  return { ...summary, incidents: rows.map(queueRowFromRecord) };
}
