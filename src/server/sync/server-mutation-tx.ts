import type { Kysely } from 'kysely';
import type { Ticket } from '../../shared/domain/ticket';
import type { MutationTx } from '../../shared/sync/mutation-tx';
import { takeFromCounter } from '../db/counters';
import type { DialectName } from '../db/open-database';
import { areaFromRow, requesterFromRow } from '../db/rows/reference-rows';
import {
  commentToRow,
  eventFromRow,
  eventToRow,
  ticketFromRow,
  ticketPatchToRow,
  ticketToRow,
} from '../db/rows/ticket-rows';
import type { ServerDatabase } from '../db/schema';
import { checklistTemplateFromRow, resolutionCodeFromRow, workflowDb } from '../db/rows/workflow-rows';
import { recordLoggedCall } from '../channels/phone/record-logged-call';
import type { ChangeRecorder } from './change-log/change-recorder';
import { isStaffOnlyEvent } from './event-visibility';
import { ticketScopes, unionScopes, withoutRequesterScopes, type Scope } from './scopes';

export interface ServerMutationTxOptions {
  dialect: DialectName;
  recorder: ChangeRecorder;
  /** The device's claimed time and whether the server corrected it (stored on every event). */
  clientAt: string | null;
  timeCorrected: boolean;
}

export const formatTicketNumber = (n: number): string => `MS-${n}`;

async function exists(q: Promise<unknown>): Promise<boolean> {
  return (await q) !== undefined;
}

/**
 * The server's MutationTx over a kysely transaction: the shared mutators run on it unchanged, and
 * every ticket, comment and event they write also lands in the change log (via the recorder).
 */
export function createServerMutationTx(
  trx: Kysely<ServerDatabase>,
  options: ServerMutationTxOptions,
): MutationTx {
  const { recorder } = options;
  // Scopes a ticket had at any point of this transaction: a reassignment must still reach the
  // people who lose the ticket, so its row and its event carry the old and the new scopes.
  const scopesInTx = new Map<string, Scope[]>();
  const currentScopes = new Map<string, Scope[]>();

  const selectTicket = (id: string) =>
    trx
      .selectFrom('tickets')
      .selectAll()
      .where('id', '=', id)
      // Row lock on PostgreSQL: two agents claiming one ticket serialize, the second sees the first.
      .$if(options.dialect === 'postgres', (qb) => qb.forUpdate())
      .executeTakeFirst();

  async function writeScopes(ticketId: string, scopes: Scope[]): Promise<void> {
    await trx.deleteFrom('ticket_scopes').where('ticket_id', '=', ticketId).execute();
    await trx
      .insertInto('ticket_scopes')
      .values(scopes.map((scope) => ({ ticket_id: ticketId, scope })))
      .execute();
  }

  function noteScopes(ticket: Ticket): Scope[] {
    const current = ticketScopes(ticket);
    const scopes = unionScopes(scopesInTx.get(ticket.id) ?? [], current);
    scopesInTx.set(ticket.id, scopes);
    currentScopes.set(ticket.id, current);
    return scopes;
  }

  /** Delivery and current scopes for a row hanging off a ticket (comment, event). */
  async function scopesOf(
    ticketId: string,
    staffOnly: boolean,
  ): Promise<{ scopes: Scope[]; currentScopes: Scope[] }> {
    if (!scopesInTx.has(ticketId)) {
      const row = await selectTicket(ticketId);
      if (row) noteScopes(ticketFromRow(row));
    }
    const scopes = scopesInTx.get(ticketId) ?? [];
    const current = currentScopes.get(ticketId) ?? [];
    return staffOnly
      ? { scopes: withoutRequesterScopes(scopes), currentScopes: withoutRequesterScopes(current) }
      : { scopes, currentScopes: current };
  }

  return {
    async getTicket(id) {
      const row = await selectTicket(id);
      if (!row) return undefined;
      const ticket = ticketFromRow(row);
      noteScopes(ticket);
      return ticket;
    },
    async insertTicket(ticket) {
      // The human number is taken in the creating transaction: a rolled-back create returns it.
      const numbered = { ...ticket, number: formatTicketNumber(await takeFromCounter(trx, 'ticket_number')) };
      await trx.insertInto('tickets').values(ticketToRow(numbered)).execute();
      await writeScopes(ticket.id, ticketScopes(numbered));
      const scopes = noteScopes(numbered);
      recorder.record({
        table: 'tickets',
        pk: ticket.id,
        op: 'upsert',
        row: numbered,
        scopes,
        currentScopes: ticketScopes(numbered),
      });
    },
    async updateTicket(id, patch) {
      const row = ticketPatchToRow(patch);
      if (Object.keys(row).length > 0)
        await trx.updateTable('tickets').set(row).where('id', '=', id).execute();
      const after = await selectTicket(id);
      if (!after) return;
      const ticket = ticketFromRow(after);
      await writeScopes(id, ticketScopes(ticket));
      const scopes = noteScopes(ticket);
      recorder.record({
        table: 'tickets',
        pk: id,
        op: 'upsert',
        row: ticket,
        scopes,
        currentScopes: ticketScopes(ticket),
      });
    },
    async insertComment(comment) {
      await trx.insertInto('comments').values(commentToRow(comment)).execute();
      const scopes = await scopesOf(comment.ticketId, comment.visibility === 'internal');
      recorder.record({ table: 'comments', pk: comment.id, op: 'upsert', row: comment, ...scopes });
    },
    async appendEvent(event) {
      const staffOnly = isStaffOnlyEvent(event.data);
      const row = eventToRow(event, {
        clientAt: options.clientAt,
        timeCorrected: options.timeCorrected,
        staffOnly,
      });
      await trx.insertInto('ticket_events').values(row).execute();
      const scopes = await scopesOf(event.ticketId, staffOnly);
      recorder.record({
        table: 'ticket_events',
        pk: event.id,
        op: 'upsert',
        row: eventFromRow(row),
        ...scopes,
      });
    },
    async getRequester(id) {
      const row = await trx.selectFrom('requesters').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? requesterFromRow(row) : undefined;
    },
    async getArea(id) {
      const row = await trx.selectFrom('areas').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? areaFromRow(row) : undefined;
    },
    organizationExists: (id) =>
      exists(trx.selectFrom('organizations').select('id').where('id', '=', id).executeTakeFirst()),
    categoryExists: (id) =>
      exists(trx.selectFrom('categories').select('id').where('id', '=', id).executeTakeFirst()),
    agentExists: (id) =>
      exists(trx.selectFrom('agents').select('id').where('id', '=', id).executeTakeFirst()),
    groupExists: (id) =>
      exists(trx.selectFrom('groups').select('id').where('id', '=', id).executeTakeFirst()),
    async listTicketEvents(ticketId) {
      // Event ids are UUIDv7 made by the server in commit order; `at` first for clamped offline events.
      const rows = await trx
        .selectFrom('ticket_events')
        .selectAll()
        .where('ticket_id', '=', ticketId)
        .orderBy('at')
        .orderBy('id')
        .execute();
      return rows.map(eventFromRow);
    },
    async getChecklistTemplate(id, version) {
      const row = await workflowDb(trx)
        .selectFrom('checklist_templates')
        .selectAll()
        .where('id', '=', id)
        .where('version', '=', version)
        .executeTakeFirst();
      return row ? checklistTemplateFromRow(row) : undefined;
    },
    recordCall: (call) => recordLoggedCall(trx, call, new Date().toISOString()),
    async getResolutionCode(code) {
      const row = await workflowDb(trx)
        .selectFrom('resolution_codes')
        .selectAll()
        .where('code', '=', code)
        .executeTakeFirst();
      return row ? resolutionCodeFromRow(row) : undefined;
    },
  };
}
