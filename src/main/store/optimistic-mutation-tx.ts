import type { Kysely, Transaction } from 'kysely';
import type { MutationTx } from '../../shared/sync/mutation-tx';
import type { Database } from './schema';
import { createSqliteMutationTx } from './sqlite-mutation-tx';
import { commentToRow, eventToRow, ticketFromRow } from './ticket-rows';

type Db = Transaction<Database> | Kysely<Database>;

/**
 * Keeps the server's version of a ticket before the first optimistic change touches it, so a pull
 * can undo every optimistic change by restoring it (null: the ticket is not on the server yet).
 * Only the first touch writes: later ones would save an optimistic state.
 */
export async function shadowTicket(trx: Db, ticketId: string): Promise<void> {
  const existing = await trx.selectFrom('ticket_shadows').select('ticket_id').where('ticket_id', '=', ticketId).executeTakeFirst();
  if (existing) return;
  const row = await trx.selectFrom('tickets').selectAll().where('id', '=', ticketId).executeTakeFirst();
  await trx
    .insertInto('ticket_shadows')
    .values({ ticket_id: ticketId, row_json: row ? JSON.stringify(ticketFromRow(row)) : null })
    .execute();
}

/**
 * The MutationTx for optimistic (not yet acknowledged) changes: the same SQLite writes, plus a shadow
 * of each ticket before it changes and the outbox mutation id on every event and comment written.
 */
export function createOptimisticMutationTx(trx: Db, mutationId: number): MutationTx {
  const base = createSqliteMutationTx(trx);
  return {
    ...base,
    async insertTicket(ticket) {
      await shadowTicket(trx, ticket.id);
      await base.insertTicket(ticket);
    },
    async updateTicket(id, patch) {
      await shadowTicket(trx, id);
      await base.updateTicket(id, patch);
    },
    async insertComment(comment) {
      await trx.insertInto('comments').values({ ...commentToRow(comment), local_mutation_id: mutationId }).execute();
    },
    async appendEvent(event) {
      await trx.insertInto('ticket_events').values({ ...eventToRow(event), local_mutation_id: mutationId }).execute();
    },
  };
}
