import type { Kysely, Selectable } from 'kysely';
import type {
  CallDirection,
  CallOutcome,
  CallRecord,
  CallSource,
} from '../../../shared/telephony/call-model';
import type { ServerDatabase } from '../../db/schema';

// Row shapes of the phone channel's tables (migration 20261128T1100-server-phone). They sit beside
// the channel rather than in db/schema.ts, like the workflow and mail tables; `phoneDb` widens a handle.

export interface CallsTable {
  call_id: string;
  queue: string;
  source: CallSource;
  direction: CallDirection;
  caller_id: string | null;
  entered_at: string;
  answered_at: string | null;
  abandoned_at: string | null;
  ended_at: string | null;
  wait_seconds: number;
  talk_seconds: number;
  outcome: CallOutcome | null;
  short_abandon: number;
  ring_attempts: number;
  agent_name: string | null;
  agent_id: string | null;
  group_id: string | null;
  ticket_id: string | null;
  notes: string | null;
  created_at: string;
  updated_at: string;
}

export interface CallEventsTable {
  id: string;
  call_id: string;
  queue: string;
  kind: string;
  at: string;
  payload_json: string;
  received_at: string;
}

export interface PhoneTables {
  calls: CallsTable;
  call_events: CallEventsTable;
}
export type ServerPhoneDatabase = ServerDatabase & PhoneTables;
export type CallRow = Selectable<CallsTable>;

export function phoneDb(db: Kysely<ServerDatabase>): Kysely<ServerPhoneDatabase> {
  return db as unknown as Kysely<ServerPhoneDatabase>;
}

export interface CallLinks {
  agentId: string | null;
  groupId: string | null;
  ticketId: string | null;
}

export function callToRow(
  call: CallRecord,
  source: CallSource,
  links: CallLinks,
  nowIso: string,
  notes: string | null = null,
): CallsTable {
  return {
    call_id: call.callId,
    queue: call.queue,
    source,
    direction: call.direction,
    caller_id: call.callerId,
    entered_at: call.enteredAt,
    answered_at: call.answeredAt,
    abandoned_at: call.abandonedAt,
    ended_at: call.endedAt,
    wait_seconds: call.waitSeconds,
    talk_seconds: call.talkSeconds,
    outcome: call.outcome,
    short_abandon: call.shortAbandon ? 1 : 0,
    ring_attempts: call.ringAttempts,
    agent_name: call.agent,
    agent_id: links.agentId,
    group_id: links.groupId,
    ticket_id: links.ticketId,
    notes,
    created_at: nowIso,
    updated_at: nowIso,
  };
}
