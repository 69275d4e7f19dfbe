import type { Transaction } from 'kysely';
import type { Ticket } from '../../shared/domain/ticket';
import type { Database } from '../store/schema';
import { ticketPatchToRow } from '../store/ticket-rows';

/**
 * Takes the local copy back to the server's state: every optimistic event and comment goes, every
 * shadowed ticket gets its server version back (or goes, if the server never had it). Returns the
 * tickets it touched. Runs inside the page's transaction, right before the server rows are applied.
 */
export async function undoOptimisticRows(trx: Transaction<Database>): Promise<Set<string>> {
  const touched = new Set<string>();
  const events = await trx.selectFrom('ticket_events').select('ticket_id').where('local_mutation_id', 'is not', null).execute();
  const comments = await trx.selectFrom('comments').select('ticket_id').where('local_mutation_id', 'is not', null).execute();
  for (const r of [...events, ...comments]) touched.add(r.ticket_id);
  await trx.deleteFrom('ticket_events').where('local_mutation_id', 'is not', null).execute();
  await trx.deleteFrom('comments').where('local_mutation_id', 'is not', null).execute();

  const shadows = await trx.selectFrom('ticket_shadows').selectAll().execute();
  for (const shadow of shadows) {
    touched.add(shadow.ticket_id);
    if (shadow.row_json === null) {
      await trx.deleteFrom('tickets').where('id', '=', shadow.ticket_id).execute();
    } else {
      const { id: _id, ...server } = JSON.parse(shadow.row_json) as Ticket;
      await trx.updateTable('tickets').set(ticketPatchToRow(server)).where('id', '=', shadow.ticket_id).execute();
    }
  }
  await trx.deleteFrom('ticket_shadows').execute();
  return touched;
}
