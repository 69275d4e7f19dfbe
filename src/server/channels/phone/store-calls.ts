import { sql, type Kysely } from 'kysely';
import type { CallRecord, CallSource } from '../../../shared/telephony/call-model';
import type { QueueMapResolver } from '../../../shared/telephony/queue-map';
import type { ServerDatabase } from '../../db/schema';
import { matchCallTickets } from './match-call-tickets';
import { callToRow, phoneDb, type CallsTable } from './phone-tables';

/** Rows per INSERT: 22 columns × 500 stays under both dialects' bound-parameter limits. */
const ROWS_PER_STATEMENT = 500;

/** Columns an import may complete on a row a webhook left unfinished (never the row's links by hand). */
const COMPLETABLE: ReadonlyArray<keyof CallsTable> = [
  'caller_id',
  'entered_at',
  'answered_at',
  'abandoned_at',
  'ended_at',
  'wait_seconds',
  'talk_seconds',
  'outcome',
  'short_abandon',
  'ring_attempts',
  'agent_name',
  'updated_at',
];
/** Links keep what the row already had when the import found nothing. */
const LINKS = ['agent_id', 'group_id', 'ticket_id'] as const;

const completion = Object.fromEntries([
  ...COMPLETABLE.map((c) => [c, sql.ref(`excluded.${c}`)]),
  ...LINKS.map((c) => [c, sql`coalesce(${sql.ref(`excluded.${c}`)}, ${sql.ref(`calls.${c}`)})`]),
]) as Record<keyof CallsTable, never>;

/**
 * Stores ended calls in one transaction; returns how many rows were new or completed. Keyed on
 * callid + queue: a call already stored ended is left as it is, so re-importing the same log adds
 * nothing; a row only a webhook had started (no end yet) is completed by the import.
 */
export async function storeEndedCalls(
  db: Kysely<ServerDatabase>,
  calls: readonly CallRecord[],
  resolver: QueueMapResolver,
  source: CallSource,
  nowIso: string,
): Promise<number> {
  if (calls.length === 0) return 0;
  return db.transaction().execute(async (trx) => {
    const toMatch = calls.map((call) => ({ call, agentId: resolver.agentId(call.agent) }));
    const tickets = await matchCallTickets(trx, toMatch);
    const rows = toMatch.map(({ call, agentId }, i) =>
      callToRow(
        call,
        source,
        { agentId, groupId: resolver.groupId(call.queue), ticketId: tickets[i] ?? null },
        nowIso,
      ),
    );
    let stored = 0;
    for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) {
      const result = await phoneDb(trx)
        .insertInto('calls')
        .values(rows.slice(i, i + ROWS_PER_STATEMENT))
        .onConflict((oc) =>
          oc.columns(['call_id', 'queue']).doUpdateSet(completion).where('calls.ended_at', 'is', null),
        )
        .executeTakeFirst();
      stored += Number(result.numInsertedOrUpdatedRows ?? 0);
    }
    return stored;
  });
}
