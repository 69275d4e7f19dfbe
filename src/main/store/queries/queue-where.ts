import { sql } from 'kysely';
import { OPEN_STATUSES } from '../../../shared/domain/ticket-enums';
import type { QueueQuery } from './queue-types';

/**
 * Written exactly as the partial indexes' WHERE clause: SQLite only uses a partial index when the
 * query repeats its predicate, so this text must match the migrations character for character.
 */
export const OPEN_PREDICATE = sql.raw(`status IN ('new','in_progress','pending_requester','pending_third_party')`);

/** True when the query stays inside open tickets, so the open-only (partial) indexes apply. */
export function isOpenOnly(query: QueueQuery): boolean {
  return query.filters.statuses.every((s) => OPEN_STATUSES.includes(s));
}

/**
 * True when the query can match nothing (an agent without groups asking for "group"). Callers
 * answer 0 without SQL: a constant-false WHERE has no plan under INDEXED BY.
 */
export function matchesNothing(query: QueueQuery): boolean {
  return query.view === 'group' && query.scope.groupIds.length === 0;
}
