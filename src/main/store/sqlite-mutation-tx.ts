import type { Kysely, Transaction } from 'kysely';
import type { MutationTx } from '../../shared/sync/mutation-tx';
import { areaFromRow, requesterFromRow } from './reference-rows';
import type { Database } from './schema';
import { commentToRow, eventFromRow, eventToRow, ticketFromRow, ticketPatchToRow, ticketToRow } from './ticket-rows';
import { checklistTemplateFromRow, resolutionCodeFromRow, workflowDb } from './workflow-rows';

async function exists(q: Promise<unknown>): Promise<boolean> {
  return (await q) !== undefined;
}

/** The desktop's MutationTx: every call runs inside the caller's SQLite transaction. */
export function createSqliteMutationTx(trx: Transaction<Database> | Kysely<Database>): MutationTx {
  return {
    async getTicket(id) {
      const row = await trx.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirst();
      return row ? ticketFromRow(row) : undefined;
    },
    async insertTicket(ticket) {
      await trx.insertInto('tickets').values(ticketToRow(ticket)).execute();
    },
    async updateTicket(id, patch) {
      const row = ticketPatchToRow(patch);
      if (Object.keys(row).length === 0) return;
      await trx.updateTable('tickets').set(row).where('id', '=', id).execute();
    },
    async insertComment(comment) {
      await trx.insertInto('comments').values(commentToRow(comment)).execute();
    },
    async appendEvent(event) {
      await trx.insertInto('ticket_events').values(eventToRow(event)).execute();
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
    agentExists: (id) => exists(trx.selectFrom('agents').select('id').where('id', '=', id).executeTakeFirst()),
    groupExists: (id) => exists(trx.selectFrom('groups').select('id').where('id', '=', id).executeTakeFirst()),
    async listTicketEvents(ticketId) {
      // `seq` is arrival order: server rows as pulled, then this device's optimistic ones.
      const rows = await trx.selectFrom('ticket_events').selectAll().where('ticket_id', '=', ticketId).orderBy('seq').execute();
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
    async getResolutionCode(code) {
      const row = await workflowDb(trx).selectFrom('resolution_codes').selectAll().where('code', '=', code).executeTakeFirst();
      return row ? resolutionCodeFromRow(row) : undefined;
    },
  };
}
