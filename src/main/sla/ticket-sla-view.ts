/**
 * What the ticket's SLA panel shows: the clock with its explanation (every target), the running /
 * paused / stopped spans of the ticket's life for the timeline bar, and this workstation's alerts.
 */
import type { Kysely } from 'kysely';
import type { SlaForTicket, SlaSpan } from '../../shared/api/sla-schemas';
import type { TicketEvent } from '../../shared/domain/ticket-event';
import { MesaError } from '../../shared/errors';
import { slaClock } from '../../shared/sla/clock';
import type { SlaClockResult, SlaPauseSpan } from '../../shared/sla/clock-types';
import { loadAlertsOfTicket } from '../store/queries/sla-alerts';
import { loadTicketInputs } from '../store/queries/sla-clock-inputs';
import { loadSlaConfig } from '../store/queries/sla-config';
import type { Database } from '../store/schema';

const STOPPED = new Set(['resolved', 'closed', 'cancelled']);

export async function ticketSlaView(
  db: Kysely<Database>,
  ticketId: string,
  now: string,
): Promise<SlaForTicket> {
  const inputs = await loadTicketInputs(db, ticketId);
  if (!inputs) throw new MesaError('ticket.not_found', { ticketId });
  const config = await loadSlaConfig(db);
  const { ticket, events } = inputs;
  const clock = slaClock(
    {
      ticket,
      events,
      policies: config.policies,
      calendars: config.calendars,
      contract: config.contractsByOrganization.get(ticket.organizationId) ?? null,
      now,
    },
    { explain: true },
  );
  const explanation = clock.explanation;
  const alerts = await loadAlertsOfTicket(db, ticketId);
  return {
    ticketId,
    evaluatedAt: now,
    policy: explanation?.policy ? { id: explanation.policy.id, name: explanation.policy.name } : null,
    calendar: explanation?.calendar ?? null,
    paused: clock.paused,
    targets: targetsOf(clock),
    explanation: explanation?.items ?? [],
    spans: spansOf(ticket.createdAt, now, events, explanation?.pauses ?? []),
    alerts: alerts.map((a) => ({
      alertId: a.alert_id,
      target: a.target as SlaForTicket['alerts'][number]['target'],
      level: a.level as SlaForTicket['alerts'][number]['level'],
      firstFiredAt: a.first_fired_at,
      acknowledgedAt: a.acknowledged_at,
      snoozedUntil: a.snoozed_until,
    })),
  };
}

function targetsOf(clock: SlaClockResult): SlaForTicket['targets'] {
  const { firstResponse, nextUpdate, resolution } = clock.targets;
  return [firstResponse, nextUpdate, resolution].filter((t) => t !== null);
}

/** Status spans from creation to now, marked paused where the clock said so, stopped once resolved. */
export function spansOf(
  createdAt: string,
  now: string,
  events: readonly TicketEvent[],
  pauses: readonly SlaPauseSpan[],
): SlaSpan[] {
  const cuts: Array<{ at: string; status: string }> = [{ at: createdAt, status: 'new' }];
  for (const event of events) {
    if (event.data.kind === 'created') cuts[0] = { at: createdAt, status: event.data.status };
    else if (event.data.kind === 'status_changed') {
      const at = event.at < cuts.at(-1)!.at ? cuts.at(-1)!.at : event.at;
      cuts.push({ at, status: event.data.to });
    }
  }
  const isPaused = (from: string): boolean =>
    pauses.some((p) => p.from <= from && (p.to === null || from < p.to));
  const spans: SlaSpan[] = [];
  cuts.forEach((cut, index) => {
    const to = cuts[index + 1]?.at ?? now;
    if (to <= cut.at && index < cuts.length - 1) return;
    const kind: SlaSpan['kind'] = STOPPED.has(cut.status)
      ? 'stopped'
      : isPaused(cut.at)
        ? 'paused'
        : 'running';
    const last = spans.at(-1);
    if (last && last.kind === kind && kind === 'running') last.to = to;
    else
      spans.push({
        kind,
        from: cut.at,
        to: to < cut.at ? cut.at : to,
        status: kind === 'running' ? null : cut.status,
      });
  });
  return spans;
}
