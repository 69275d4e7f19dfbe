import type { Kysely } from 'kysely';
import { MesaError } from '../../shared/errors';
import type { MutationContext } from '../../shared/sync/mutation-tx';
import { applyLocalMutation, type LocalMutationResult } from '../store/apply-local-mutation';
import type { Database } from '../store/schema';
import { canReapply } from './sync-issue-list';

async function openIssue(db: Kysely<Database>, mutationId: number) {
  const issue = await db
    .selectFrom('sync_issues')
    .selectAll()
    .where('mutation_id', '=', mutationId)
    .where('status', '=', 'open')
    .executeTakeFirst();
  if (!issue) throw new MesaError('sync.cannot_reapply', { mutationId });
  return issue;
}

/** The agent read the rejection and lets it go: it leaves the panel, but stays in the store. */
export async function dismissSyncIssue(db: Kysely<Database>, mutationId: number): Promise<void> {
  await openIssue(db, mutationId);
  await db.updateTable('sync_issues').set({ status: 'dismissed' }).where('mutation_id', '=', mutationId).execute();
}

/**
 * One-click re-apply of a version mismatch: the same change, based on the version the agent now
 * sees, queued as a new mutation (it may be rejected again if the ticket moves once more).
 */
export async function reapplySyncIssue(
  db: Kysely<Database>,
  ctx: MutationContext,
  mutationId: number,
): Promise<LocalMutationResult> {
  const issue = await openIssue(db, mutationId);
  if (!canReapply(issue.code, issue.args_json) || issue.args_json === null || issue.ticket_id === null) {
    throw new MesaError('sync.cannot_reapply', { mutationId });
  }
  const ticket = await db.selectFrom('tickets').select('version').where('id', '=', issue.ticket_id).executeTakeFirst();
  if (!ticket) throw new MesaError('ticket.not_found', { ticketId: issue.ticket_id });
  const args = { ...(JSON.parse(issue.args_json) as Record<string, unknown>), baseVersion: ticket.version };
  const result = await applyLocalMutation(db, ctx, issue.name, args);
  await db.updateTable('sync_issues').set({ status: 'reapplied' }).where('mutation_id', '=', mutationId).execute();
  return result;
}
