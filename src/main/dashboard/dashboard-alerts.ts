/** The alert feed: every SLA alert the engines raised and every escalation, newest first, with acknowledgment. */
import type { Kysely } from 'kysely';
import type { TicketEventData } from '../../shared/domain/ticket-event';
import type { DashboardAlert } from '../../shared/reports/dashboard-types';
import type { Database } from '../store/schema';

export async function loadAlertFeed(db: Kysely<Database>, limit: number): Promise<DashboardAlert[]> {
  const rows = await db
    .selectFrom('ticket_events as e')
    .innerJoin('tickets as t', 't.id', 'e.ticket_id')
    .select(['e.id', 'e.ticket_id', 'e.actor_id', 'e.at', 'e.data_json', 't.number', 't.provisional_number'])
    .where('e.kind', 'in', ['sla_alert', 'escalated'])
    .orderBy('e.seq', 'desc')
    .limit(limit)
    .execute();
  const ticketIds = [...new Set(rows.map((r) => r.ticket_id))];
  const acks = ticketIds.length
    ? await db
        .selectFrom('ticket_events')
        .select('data_json')
        .where('kind', '=', 'sla_alert_acknowledged')
        .where('ticket_id', 'in', ticketIds)
        .execute()
    : [];
  const acknowledged = new Set(acks.map((a) => (JSON.parse(a.data_json) as { alertId: string }).alertId));
  const feed: DashboardAlert[] = [];
  for (const r of rows) {
    const d = JSON.parse(r.data_json) as TicketEventData;
    const base = { eventId: r.id, ticketId: r.ticket_id, number: r.number ?? r.provisional_number, at: r.at, actorId: r.actor_id };
    if (d.kind === 'sla_alert') {
      feed.push({ ...base, kind: 'sla_alert', alertId: d.alertId, target: d.target, level: d.level, acknowledged: acknowledged.has(d.alertId), escalation: null, reason: null });
    } else if (d.kind === 'escalated') {
      feed.push({ ...base, kind: 'escalated', alertId: null, target: null, level: null, acknowledged: false, escalation: d.escalation, reason: d.reason });
    }
  }
  return feed;
}
