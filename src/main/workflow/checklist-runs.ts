import type { Kysely } from 'kysely';
import type { ChecklistRunView } from '../../shared/api/workflow-schemas';
import type { Language } from '../../shared/domain/localized-text';
import type { TicketEvent } from '../../shared/domain/ticket-event';
import { collectChecklistRuns, latestRecordedRun, type RecordedChecklistRun } from '../../shared/workflow/checklist/checklist-events';
import { resumeRun } from '../../shared/workflow/checklist/checklist-runner';
import type { ChecklistTemplate } from '../../shared/workflow/checklist/checklist-schema';
import { formatRunSummary, summarizeRun } from '../../shared/workflow/checklist/checklist-summary';
import { suggestOutcomeAction } from '../../shared/workflow/checklist/outcome-actions';
import { assessFirstContact } from '../../shared/workflow/first-contact';
import type { Database } from '../store/schema';
import { checklistTemplateFromRow, workflowDb } from '../store/workflow-rows';

export async function loadTemplateVersion(db: Kysely<Database>, id: string, version: number): Promise<ChecklistTemplate | null> {
  const row = await workflowDb(db)
    .selectFrom('checklist_templates')
    .selectAll()
    .where('id', '=', id)
    .where('version', '=', version)
    .executeTakeFirst();
  return row ? checklistTemplateFromRow(row) : null;
}

/** Still in the first contact: nothing in the history already rules first-contact resolution out. */
export function stillFirstContact(events: readonly TicketEvent[]): boolean {
  const { breaks } = assessFirstContact(events);
  return !breaks.some((b) => b === 'escalated' || b === 'transferred' || b === 'reassigned' || b === 'waited' || b === 'reopened');
}

async function viewOf(
  db: Kysely<Database>,
  recorded: RecordedChecklistRun,
  ticketId: string,
  events: readonly TicketEvent[],
  language: Language,
): Promise<{ view: ChecklistRunView; text: string } | null> {
  const template = await loadTemplateVersion(db, recorded.templateId, recorded.templateVersion);
  // A run whose template version has not reached this device yet cannot be shown (it will after sync).
  if (!template) return null;
  const run = resumeRun(template, recorded.runId, recorded.answers);
  const summary = summarizeRun(run, template, language);
  const view: ChecklistRunView = {
    runId: run.runId,
    template,
    startedAt: recorded.startedAt,
    startedBy: recorded.startedBy,
    lastActivityAt: recorded.lastActivityAt,
    answers: run.answers,
    position: run.position,
    summary,
    outcomeAction: suggestOutcomeAction(run, template, ticketId, language, stillFirstContact(events)),
  };
  return { view, text: formatRunSummary(summary, language) };
}

/** Every checklist run of the ticket, rebuilt from its events, oldest first. */
export async function checklistRunViews(
  db: Kysely<Database>,
  ticketId: string,
  events: readonly TicketEvent[],
  language: Language,
): Promise<ChecklistRunView[]> {
  const views = await Promise.all(collectChecklistRuns(events).map((r) => viewOf(db, r, ticketId, events, language)));
  return views.flatMap((v) => (v ? [v.view] : []));
}

/** The latest run as plain text (attached to an escalation), or null when the ticket has none. */
export async function latestRunText(
  db: Kysely<Database>,
  ticketId: string,
  events: readonly TicketEvent[],
  language: Language,
): Promise<{ text: string; view: ChecklistRunView } | null> {
  const latest = latestRecordedRun(events);
  if (!latest) return null;
  return viewOf(db, latest, ticketId, events, language);
}
