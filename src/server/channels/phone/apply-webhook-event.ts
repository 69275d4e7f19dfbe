import type { Kysely } from 'kysely';
import { applyCallEvent, callRecordOf, newCallState } from '../../../shared/telephony/call-state';
import type { QueueMapResolver } from '../../../shared/telephony/queue-map';
import type { DialectName } from '../../db/open-database';
import type { ServerDatabase } from '../../db/schema';
import { HttpError } from '../../http/http-error';
import { callStateFromRow } from './call-row-state';
import { matchCallTickets } from './match-call-tickets';
import { callToRow, phoneDb } from './phone-tables';
import { toCallEvent, webhookEventInstant, type PhoneWebhookEvent } from './webhook-event';

export interface WebhookEventResult {
  callId: string;
  queue: string;
  outcome: string | null;
  ticketId: string | null;
}

async function resolveAgent(
  db: Kysely<ServerDatabase>,
  resolver: QueueMapResolver,
  agent: string | null,
): Promise<string | null> {
  const mapped = resolver.agentId(agent);
  if (mapped || !agent) return mapped;
  const known = await db.selectFrom('agents').select('id').where('id', '=', agent).executeTakeFirst();
  return known?.id ?? null;
}

/**
 * Records one authenticated webhook event and moves its call on, in one transaction: the event row
 * (its id refuses replays) and the call row commit together or not at all.
 */
export async function applyWebhookEvent(
  db: Kysely<ServerDatabase>,
  dialect: DialectName,
  resolver: QueueMapResolver,
  ev: PhoneWebhookEvent,
  shortAbandonSeconds: number | undefined,
  nowIso: string,
): Promise<WebhookEventResult> {
  return db.transaction().execute(async (trx) => {
    const pdb = phoneDb(trx);
    const inserted = await pdb
      .insertInto('call_events')
      .values({
        id: ev.id,
        call_id: ev.callId,
        queue: ev.queue,
        kind: ev.type,
        at: new Date(webhookEventInstant(ev)).toISOString(),
        payload_json: JSON.stringify(ev),
        received_at: nowIso,
      })
      .onConflict((oc) => oc.column('id').doNothing())
      .executeTakeFirst();
    if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0)
      throw new HttpError(409, 'phone.replayed_event', { id: ev.id });

    const row = await pdb
      .selectFrom('calls')
      .selectAll()
      .where('call_id', '=', ev.callId)
      .where('queue', '=', ev.queue)
      .$if(dialect === 'postgres', (qb) => qb.forUpdate())
      .executeTakeFirst();
    const state = row ? callStateFromRow(row) : newCallState(ev.callId, ev.queue);
    applyCallEvent(state, toCallEvent(ev, state.answeredAt !== null));
    const record = callRecordOf(state, shortAbandonSeconds);
    if (ev.ticketId) record.ticketRef = ev.ticketId;
    const agentId = row?.agent_id ?? (await resolveAgent(trx, resolver, record.agent));
    let ticketId = row?.ticket_id ?? null;
    if (!ticketId && (record.ticketRef || (record.endedAt && record.answeredAt)))
      [ticketId = null] = await matchCallTickets(trx, [{ call: record, agentId }]);
    const values = callToRow(
      record,
      row?.source ?? 'webhook',
      { agentId, groupId: resolver.groupId(ev.queue), ticketId },
      nowIso,
    );
    if (row) {
      const { call_id: _id, queue: _queue, created_at: _created, ...changes } = values;
      await pdb
        .updateTable('calls')
        .set(changes)
        .where('call_id', '=', ev.callId)
        .where('queue', '=', ev.queue)
        .execute();
    } else await pdb.insertInto('calls').values(values).execute();
    return { callId: ev.callId, queue: ev.queue, outcome: record.outcome, ticketId };
  });
}
