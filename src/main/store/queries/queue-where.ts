import { sql, type RawBuilder } from 'kysely';
import { OPEN_STATUSES } from '../../../shared/domain/ticket-enums';
import type { QueueQuery } from './queue-types';

/**
 * Written exactly as the partial indexes' WHERE clause: SQLite only uses a partial index when the
 * query repeats its predicate, so this text must match the migrations character for character.
 */
export const OPEN_PREDICATE = sql.raw(`status IN ('new','in_progress','pending_requester','pending_third_party')`);

const list = (values: readonly string[]): RawBuilder<unknown> => sql.join(values.map((v) => sql`${v}`));

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

/**
 * The WHERE clause shared by the page and the count. Views restrict to open tickets; a status
 * filter replaces that with exactly the statuses named. `categoryIds` are already expanded to
 * their descendants (an unknown category expands to itself, so it matches nothing).
 */
export function queueWhere(query: QueueQuery, categoryIds: readonly string[]): RawBuilder<unknown> {
  const { scope, view, filters } = query;
  const terms: RawBuilder<unknown>[] = [];
  if (isOpenOnly(query)) terms.push(OPEN_PREDICATE);
  if (filters.statuses.length > 0) terms.push(sql`status IN (${list(filters.statuses)})`);
  if (view === 'mine') terms.push(sql`assignee_id = ${scope.agentId}`);
  if (view === 'unassigned') terms.push(sql`assignee_id IS NULL`);
  if (view === 'group') {
    if (scope.groupIds.length > 0) terms.push(sql`group_id IN (${list(scope.groupIds)})`);
  }
  if (filters.priorities.length > 0) terms.push(sql`priority IN (${list(filters.priorities)})`);
  if (filters.channels.length > 0) terms.push(sql`channel IN (${list(filters.channels)})`);
  if (filters.organizationIds.length > 0) terms.push(sql`organization_id IN (${list(filters.organizationIds)})`);
  if (filters.categoryIds.length > 0) {
    if (categoryIds.length > 0) terms.push(sql`category_id IN (${list(categoryIds)})`);
  }
  return sql.join(terms, sql` AND `);
}
