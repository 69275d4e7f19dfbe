import type { Kysely } from 'kysely';
import { loggedCallRecord, type LoggedCall } from '../../../shared/telephony/logged-call';
import type { ServerDatabase } from '../../db/schema';
import { callToRow, phoneDb } from './phone-tables';

/**
 * `call.log` on the server: the logged call joins the calls the phone figures read, linked to its
 * agent and ticket. A second log of the same callId + queue keeps the first.
 */
export async function recordLoggedCall(
  trx: Kysely<ServerDatabase>,
  call: LoggedCall,
  nowIso: string,
): Promise<void> {
  const row = callToRow(
    { ...loggedCallRecord(call), ticketRef: null },
    'desktop',
    { agentId: call.agentId, groupId: null, ticketId: call.ticketId },
    nowIso,
    call.notes,
  );
  await phoneDb(trx)
    .insertInto('calls')
    .values(row)
    .onConflict((oc) => oc.columns(['call_id', 'queue']).doNothing())
    .execute();
}
