import type { Kysely } from 'kysely';
import type { SyncIssue } from '../../shared/api/sync-schemas';
import type { ErrorParams, SerializedMesaError } from '../../shared/errors';
import type { Database } from '../store/schema';
import { ticketIdOfArgs } from './outbox-rows';

/** Only mutations that name the version they were made on can be re-applied on the current one. */
export function canReapply(code: string | null, argsJson: string | null): boolean {
  if (code !== 'ticket.version_mismatch' || argsJson === null) return false;
  const args = JSON.parse(argsJson) as Record<string, unknown>;
  return typeof args.baseVersion === 'number';
}

async function ticketLabels(db: Kysely<Database>, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .selectFrom('tickets')
    .select(['id', 'number', 'provisional_number'])
    .where('id', 'in', ids)
    .execute();
  return new Map(rows.map((r) => [r.id, r.number ?? r.provisional_number]));
}

/**
 * The Sync panel's list: every queued mutation (conflicts flagged) and every rejection the agent has
 * not dismissed or re-applied, oldest first. Nothing is left out, so nothing is dropped silently.
 */
export async function listSyncIssues(db: Kysely<Database>): Promise<SyncIssue[]> {
  const outbox = await db.selectFrom('outbox').selectAll().orderBy('mutation_id').limit(500).execute();
  const rejected = await db.selectFrom('sync_issues').selectAll().where('status', '=', 'open').orderBy('mutation_id').execute();
  const queued = outbox.map((row) => {
    const conflict = row.conflict_json ? (JSON.parse(row.conflict_json) as SerializedMesaError) : null;
    return {
      kind: row.status === 'conflict' ? ('conflict' as const) : ('pending' as const),
      mutationId: row.mutation_id,
      name: row.name,
      ticketId: ticketIdOfArgs(row.name, JSON.parse(row.args_json) as unknown),
      code: conflict?.code ?? null,
      params: conflict?.params ?? {},
      at: row.created_at,
      canReapply: false,
    };
  });
  const refused = rejected.map((row) => ({
    kind: 'rejected' as const,
    mutationId: row.mutation_id,
    name: row.name,
    ticketId: row.ticket_id,
    code: row.code,
    params: JSON.parse(row.params_json) as ErrorParams,
    at: row.at,
    canReapply: canReapply(row.code, row.args_json),
  }));
  const all = [...refused, ...queued];
  const labels = await ticketLabels(db, [...new Set(all.map((i) => i.ticketId).filter((id): id is string => id !== null))]);
  return all.map((issue) => ({ ...issue, ticketLabel: issue.ticketId ? (labels.get(issue.ticketId) ?? null) : null }));
}
