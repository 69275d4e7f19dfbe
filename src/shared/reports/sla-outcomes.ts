/**
 * SLA target outcomes read from a ticket's history, the same way on the desktop and the server:
 * - breached: the SLA engine recorded a `sla_alert` of level `breach` for the target (decided at its due
 *   instant);
 * - met: no breach was recorded and the target was completed — first response (first public agent
 *   comment or first move out of `new` by an agent), resolution (latest move to `resolved`);
 * - anything else is undecided and left out. `next_update` only counts when it was breached.
 * A ticket without an SLA policy therefore counts its completed targets as met (docs/kpis.md).
 */
import type { Id } from '../domain/ids';
import type { SlaTargetKind, TicketEvent } from '../domain/ticket-event';
import type { KpiSlaTarget } from '../kpi/index';

export interface BreachRecord {
  target: SlaTargetKind;
  dueAt: string;
}

export function breachesOf(history: readonly TicketEvent[]): BreachRecord[] {
  const seen = new Map<SlaTargetKind, BreachRecord>();
  for (const e of history) {
    if (e.data.kind !== 'sla_alert' || e.data.level !== 'breach' || seen.has(e.data.target)) continue;
    seen.set(e.data.target, { target: e.data.target, dueAt: e.data.dueAt ?? e.data.thresholdAt });
  }
  return [...seen.values()];
}

const isStaff = (actorId: Id, requesterId: Id): boolean => actorId !== requesterId && !actorId.startsWith('system');

export function slaOutcomesFromEvents(
  ticket: { requesterId: Id; status: string },
  history: readonly TicketEvent[],
): KpiSlaTarget[] {
  const breaches = breachesOf(history);
  const breached = new Set(breaches.map((b) => b.target));
  let firstResponse: string | null = null;
  let resolvedAt: string | null = null;
  for (const e of history) {
    const d = e.data;
    const staff = isStaff(e.actorId, ticket.requesterId);
    if (firstResponse === null && staff) {
      if ((d.kind === 'commented' && d.visibility === 'public') || (d.kind === 'status_changed' && d.from === 'new')) {
        firstResponse = e.at;
      }
    }
    if (d.kind === 'status_changed') resolvedAt = d.to === 'resolved' ? e.at : d.to === 'closed' ? resolvedAt : null;
  }
  const targets: KpiSlaTarget[] = breaches.map((b) => ({
    target: b.target,
    state: 'breached',
    completedAt: null,
    breachedAt: b.dueAt,
    applicable: true,
  }));
  const met = (target: SlaTargetKind, at: string | null): void => {
    if (at !== null && !breached.has(target)) {
      targets.push({ target, state: 'met', completedAt: at, breachedAt: null, applicable: true });
    }
  };
  if (ticket.status !== 'cancelled') {
    met('first_response', firstResponse);
    met('resolution', resolvedAt);
  }
  return targets;
}
