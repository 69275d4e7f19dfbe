import { sql, type RawBuilder } from 'kysely';
import type { QueueSort } from '../../../shared/api/queue-schemas';
import { isOpenOnly } from './queue-where';
import type { QueueQuery } from './queue-types';

/*
 * Queue queries name their index (INDEXED BY). Without statistics SQLite prefers the index of an
 * equality term ("assignee_id = ?") and then sorts thousands of rows for a page of 100; naming the
 * index keeps every view × sort on the plan measured in bench/store.bench.ts. The indexes are
 * created by migration 20261126T2300; a missing one is a hard error, not a silent slow scan.
 */

/** Index whose order serves the page, so LIMIT stops after `offset + limit` index entries. */
export function pageIndexFor(query: QueueQuery, sortBy: QueueSort['by']): RawBuilder<unknown> {
  if (!isOpenOnly(query)) return sql.raw('tickets_by_status');
  if (sortBy === 'age') return sql.raw('tickets_queue_age');
  if (sortBy === 'sla_due') return sql.raw('tickets_queue_sla');
  if (query.view === 'mine' || query.view === 'unassigned') return sql.raw('tickets_queue_assignee');
  if (query.view === 'group' && query.scope.groupIds.length === 1) return sql.raw('tickets_queue_group');
  return sql.raw('tickets_queue_priority');
}

/** Index that narrows the count to the view's range; all of them cover every filter column. */
export function countIndexFor(query: QueueQuery): RawBuilder<unknown> {
  if (!isOpenOnly(query)) return sql.raw('tickets_by_status');
  if (query.view === 'mine' || query.view === 'unassigned') return sql.raw('tickets_queue_assignee');
  if (query.view === 'group') return sql.raw('tickets_queue_group');
  return sql.raw('tickets_queue_priority');
}
