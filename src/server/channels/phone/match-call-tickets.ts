import type { Kysely } from 'kysely';
import type { CallRecord } from '../../../shared/telephony/call-model';
import type { ServerDatabase } from '../../db/schema';
import { phoneDb } from './phone-tables';

/** A phone ticket opened by the answering agent from 1 min before the answer to 10 min after hang-up. */
export const TICKET_WINDOW_BEFORE_MS = 60_000;
export const TICKET_WINDOW_AFTER_MS = 10 * 60_000;

export interface CallToMatch {
  call: CallRecord;
  agentId: string | null;
}

interface Candidate {
  id: string;
  at: number;
  agentId: string;
}

async function explicitTickets(db: Kysely<ServerDatabase>, refs: string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  if (refs.length === 0) return found;
  const rows = await db
    .selectFrom('tickets')
    .select(['id', 'number'])
    .where((eb) => eb.or([eb('number', 'in', refs), eb('id', 'in', refs)]))
    .execute();
  for (const r of rows) {
    found.set(r.id, r.id);
    if (r.number) found.set(r.number, r.id);
  }
  return found;
}

async function candidateTickets(
  db: Kysely<ServerDatabase>,
  agentIds: string[],
  fromMs: number,
  toMs: number,
): Promise<Candidate[]> {
  if (agentIds.length === 0) return [];
  const rows = await db
    .selectFrom('tickets')
    .innerJoin('ticket_events', 'ticket_events.ticket_id', 'tickets.id')
    .select(['tickets.id as id', 'tickets.created_at as createdAt', 'ticket_events.actor_id as actorId'])
    .where('tickets.channel', '=', 'phone')
    .where('ticket_events.kind', '=', 'created')
    .where('ticket_events.actor_id', 'in', agentIds)
    .where('tickets.created_at', '>=', new Date(fromMs).toISOString().slice(0, 19))
    .where('tickets.created_at', '<=', new Date(toMs).toISOString())
    .execute();
  if (rows.length === 0) return [];
  const taken = await phoneDb(db)
    .selectFrom('calls')
    .select('ticket_id')
    .where(
      'ticket_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  const used = new Set(taken.map((t) => t.ticket_id));
  return rows
    .filter((r) => !used.has(r.id))
    .map((r) => ({ id: r.id, at: Date.parse(r.createdAt), agentId: r.actorId }))
    .sort((a, b) => a.at - b.at);
}

/**
 * Links answered calls to tickets: an explicit ticket reference the call carried (number or id),
 * else the earliest phone ticket the answering agent created within the window around the call
 * that no other call has. Returns ticket ids by position in `calls` (null = no ticket).
 */
export async function matchCallTickets(
  db: Kysely<ServerDatabase>,
  calls: readonly CallToMatch[],
): Promise<Array<string | null>> {
  const result: Array<string | null> = calls.map(() => null);
  const explicit = await explicitTickets(db, [
    ...new Set(calls.map((c) => c.call.ticketRef).filter((r): r is string => r !== null)),
  ]);
  const answered: number[] = [];
  let from = Infinity;
  let to = -Infinity;
  const agents = new Set<string>();
  calls.forEach((c, i) => {
    const ref = c.call.ticketRef ? explicit.get(c.call.ticketRef) : undefined;
    if (ref) return void (result[i] = ref);
    if (!c.agentId || !c.call.answeredAt) return;
    const answeredAt = Date.parse(c.call.answeredAt);
    const endedAt = c.call.endedAt ? Date.parse(c.call.endedAt) : answeredAt;
    from = Math.min(from, answeredAt - TICKET_WINDOW_BEFORE_MS);
    to = Math.max(to, endedAt + TICKET_WINDOW_AFTER_MS);
    agents.add(c.agentId);
    answered.push(i);
  });
  if (answered.length === 0) return result;
  const candidates = await candidateTickets(db, [...agents], from, to);
  if (candidates.length === 0) return result;
  const used = new Set<string>(result.filter((r): r is string => r !== null));
  answered.sort((a, b) => Date.parse(calls[a]!.call.answeredAt!) - Date.parse(calls[b]!.call.answeredAt!));
  for (const i of answered) {
    const { call, agentId } = calls[i]!;
    const answeredAt = Date.parse(call.answeredAt!);
    const endedAt = call.endedAt ? Date.parse(call.endedAt) : answeredAt;
    const hit = candidates.find(
      (t) =>
        t.agentId === agentId &&
        !used.has(t.id) &&
        t.at >= answeredAt - TICKET_WINDOW_BEFORE_MS &&
        t.at <= endedAt + TICKET_WINDOW_AFTER_MS,
    );
    if (hit) {
      used.add(hit.id);
      result[i] = hit.id;
    }
  }
  return result;
}
