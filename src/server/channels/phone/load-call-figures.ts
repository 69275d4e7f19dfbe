import type { Kysely } from 'kysely';
import { computeCallFigures, type CallFigures } from '../../../shared/telephony/call-figures';
import type { ServerDatabase } from '../../db/schema';
import { phoneDb } from './phone-tables';

export interface CallFiguresQuery {
  /** Calls that entered the queue in [from, to). */
  from: string;
  to: string;
  queue?: string;
  agentId?: string;
  thresholdSeconds?: number;
}

/** The call figures of a period, from the stored calls (one streaming pass, no per-call queries). */
export async function loadCallFigures(db: Kysely<ServerDatabase>, q: CallFiguresQuery): Promise<CallFigures> {
  const rows = await phoneDb(db)
    .selectFrom('calls')
    .select(['direction', 'outcome', 'wait_seconds', 'talk_seconds', 'short_abandon'])
    .where('entered_at', '>=', q.from)
    .where('entered_at', '<', q.to)
    .$if(q.queue !== undefined, (qb) => qb.where('queue', '=', q.queue!))
    .$if(q.agentId !== undefined, (qb) => qb.where('agent_id', '=', q.agentId!))
    .execute();
  return computeCallFigures(
    rows.map((r) => ({
      direction: r.direction,
      outcome: r.outcome,
      waitSeconds: Number(r.wait_seconds),
      talkSeconds: Number(r.talk_seconds),
      shortAbandon: Number(r.short_abandon) === 1,
    })),
    q.thresholdSeconds,
  );
}
