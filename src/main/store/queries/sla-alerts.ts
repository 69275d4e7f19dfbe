/** The engine's alert state: what fired, when, how often, and whether someone acknowledged it. */
import type { Kysely, Selectable } from 'kysely';
import type { Database } from '../schema';
import type { SlaAlertsTable } from './sla-tables';
import { slaStore } from './sla-tables';

export type SlaAlertRow = Selectable<SlaAlertsTable>;

export async function loadAlertsOfOpenTickets(db: Kysely<Database>): Promise<SlaAlertRow[]> {
  return slaStore(db)
    .selectFrom('sla_alerts as a')
    .innerJoin('tickets as t', 't.id', 'a.ticket_id')
    .selectAll('a')
    .where('t.status', 'in', ['new', 'in_progress', 'pending_requester', 'pending_third_party'])
    .execute();
}

export async function loadAlertsOfTicket(db: Kysely<Database>, ticketId: string): Promise<SlaAlertRow[]> {
  return slaStore(db).selectFrom('sla_alerts').selectAll().where('ticket_id', '=', ticketId).execute();
}

export async function upsertAlert(db: Kysely<Database>, row: SlaAlertRow): Promise<void> {
  const { alert_id: _alertId, ...rest } = row;
  await slaStore(db)
    .insertInto('sla_alerts')
    .values(row)
    .onConflict((c) => c.column('alert_id').doUpdateSet(rest))
    .execute();
}
