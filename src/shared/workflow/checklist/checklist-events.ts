import type { Id } from '../../domain/ids';
import type { TicketEvent } from '../../domain/ticket-event';
import type { ChecklistAnswerRecord } from './checklist-runner';

/** A run as its events recorded it: the header from `checklist_started`, every answer in order. */
export interface RecordedChecklistRun {
  runId: Id;
  ticketId: Id;
  templateId: Id;
  templateVersion: number;
  startedAt: string;
  startedBy: Id;
  /** Raw, in the order given (rewinds included): `resumeRun` replays them into the current path. */
  answers: Array<ChecklistAnswerRecord & { at: string; actorId: Id }>;
  lastActivityAt: string;
}

/**
 * Every checklist run of a ticket, in the order they started, from the ticket's history. Runs are not
 * kept anywhere else: the history syncs (and its optimistic rows are undone) like every event.
 */
export function collectChecklistRuns(events: readonly TicketEvent[]): RecordedChecklistRun[] {
  const runs = new Map<Id, RecordedChecklistRun>();
  for (const event of events) {
    const data = event.data;
    if (data.kind === 'checklist_started' && !runs.has(data.runId)) {
      runs.set(data.runId, {
        runId: data.runId,
        ticketId: event.ticketId,
        templateId: data.templateId,
        templateVersion: data.templateVersion,
        startedAt: event.at,
        startedBy: event.actorId,
        answers: [],
        lastActivityAt: event.at,
      });
    } else if (data.kind === 'checklist_answered') {
      const run = runs.get(data.runId);
      if (!run) continue;
      run.answers.push({ stepId: data.stepId, answer: data.answer, at: event.at, actorId: event.actorId });
      run.lastActivityAt = event.at;
    }
  }
  return [...runs.values()];
}

export function findRecordedRun(events: readonly TicketEvent[], runId: Id): RecordedChecklistRun | undefined {
  return collectChecklistRuns(events).find((r) => r.runId === runId);
}

/** The run most recently worked on (what an escalation shows first to the next level). */
export function latestRecordedRun(events: readonly TicketEvent[]): RecordedChecklistRun | undefined {
  const runs = collectChecklistRuns(events);
  return runs.reduce<RecordedChecklistRun | undefined>(
    (latest, r) => (latest === undefined || r.lastActivityAt >= latest.lastActivityAt ? r : latest),
    undefined,
  );
}
