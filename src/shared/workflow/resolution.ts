import type { Id } from '../domain/ids';
import type { TicketEvent } from '../domain/ticket-event';

export interface RecordedResolution {
  resolutionCode: string;
  solution: string;
  firstContact: boolean;
  at: string;
  actorId: Id;
}

/** The ticket's latest recorded resolution (a reopen does not erase it: the history keeps it). */
export function latestResolution(events: readonly TicketEvent[]): RecordedResolution | null {
  let latest: RecordedResolution | null = null;
  for (const e of events) {
    if (e.data.kind !== 'resolution_recorded') continue;
    latest = {
      resolutionCode: e.data.resolutionCode,
      solution: e.data.solution,
      firstContact: e.data.firstContact,
      at: e.at,
      actorId: e.actorId,
    };
  }
  return latest;
}

/** Total active documentation time recorded on the ticket, in seconds. */
export function documentationSeconds(events: readonly TicketEvent[]): number {
  let total = 0;
  for (const e of events) if (e.data.kind === 'documentation_time_recorded') total += e.data.seconds;
  return total;
}
