import type { Id } from '../domain/ids';
import type { TicketEvent } from '../domain/ticket-event';

/** A problem's ITIL record, folded from its own history (the problem ticket's events). */
export interface ProblemRecord {
  problemId: Id;
  rootCause: string | null;
  workaround: string | null;
  knownError: boolean;
  /** When a root cause was first recorded: the "identified" instant the KPI can use where present. */
  rootCauseRecordedAt: string | null;
  knownErrorSince: string | null;
  /** Incidents linked now, in the order they were linked. */
  incidentIds: Id[];
}

export function foldProblemRecord(problemId: Id, events: readonly TicketEvent[]): ProblemRecord {
  const record: ProblemRecord = {
    problemId,
    rootCause: null,
    workaround: null,
    knownError: false,
    rootCauseRecordedAt: null,
    knownErrorSince: null,
    incidentIds: [],
  };
  for (const event of events) {
    if (event.ticketId !== problemId) continue;
    const data = event.data;
    if (data.kind === 'problem_linked' && !record.incidentIds.includes(data.incidentId)) {
      record.incidentIds.push(data.incidentId);
    } else if (data.kind === 'problem_unlinked') {
      record.incidentIds = record.incidentIds.filter((id) => id !== data.incidentId);
    } else if (data.kind === 'problem_updated') {
      if (data.rootCause !== undefined) {
        record.rootCause = data.rootCause;
        if (data.rootCause !== null && record.rootCauseRecordedAt === null) record.rootCauseRecordedAt = event.at;
      }
      if (data.workaround !== undefined) record.workaround = data.workaround;
      if (data.knownError !== undefined) {
        if (data.knownError && !record.knownError) record.knownErrorSince = event.at;
        if (!data.knownError) record.knownErrorSince = null;
        record.knownError = data.knownError;
      }
    }
  }
  return record;
}
