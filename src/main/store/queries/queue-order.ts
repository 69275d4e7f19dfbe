import { sql, type RawBuilder } from 'kysely';
import type { QueueSort } from '../../../shared/api/queue-schemas';

/*
 * Sort orders. Every order ends in `seq`, so it is total and pages never overlap or skip.
 * - priority: P1 first for asc ('P1' < 'P2' as text), ties oldest first; desc is the exact reverse.
 * - age: created_at; asc = oldest first.
 * - sla_due: sla_due_at, ties oldest first; tickets without a due time come last in BOTH
 *   directions, in the same created_at order. The dated and undated parts are read as two index
 *   ranges (an index keeps NULLs first, and `ORDER BY … NULLS LAST` would sort every row).
 */

function direction(sort: QueueSort): RawBuilder<unknown> {
  return sql.raw(sort.direction === 'asc' ? 'ASC' : 'DESC');
}

/** ORDER BY for one index range (for sla_due: the dated part; `undated` gives the other part). */
export function rangeOrder(sort: QueueSort, part: 'dated' | 'undated' = 'dated', prefix = ''): RawBuilder<unknown> {
  const d = direction(sort);
  const c = (name: string): RawBuilder<unknown> => sql.raw(`${prefix}${name}`);
  if (sort.by === 'priority') return sql`${c('priority')} ${d}, ${c('created_at')} ${d}, ${c('seq')} ${d}`;
  if (sort.by === 'sla_due' && part === 'dated') {
    return sql`${c('sla_due_at')} ${d}, ${c('created_at')} ${d}, ${c('seq')} ${d}`;
  }
  return sql`${c('created_at')} ${d}, ${c('seq')} ${d}`;
}

/** The whole order in one ORDER BY: over the fetched page rows, or over every match of a sorted plan. */
export function pageRowsOrder(sort: QueueSort, prefix = 't.'): RawBuilder<unknown> {
  if (sort.by !== 'sla_due') return rangeOrder(sort, 'dated', prefix);
  return sql`${sql.raw(prefix)}sla_due_at IS NULL, ${rangeOrder(sort, 'dated', prefix)}`;
}
