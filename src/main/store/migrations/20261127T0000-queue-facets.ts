import { sql, type Kysely } from 'kysely';

// Frozen once landed: never edit; add a new timestamped migration instead.
/* eslint-disable @typescript-eslint/no-explicit-any */

const OPEN = `status IN ('new','in_progress','pending_requester','pending_third_party')`;

/**
 * Queue indexes, second generation (measured in bench/store.bench.ts on 100k tickets, see
 * docs/performance.md):
 *
 * 1. Every index that serves a sort names `seq` right after the sort columns. The queue orders end
 *    in `seq`, and an index ordered (created_at, priority, …) only gives (created_at, seq) order up
 *    to ties, so SQLite added "USE TEMP B-TREE FOR RIGHT PART OF ORDER BY" to every page: a sorter
 *    step per row skipped. With `seq` in place the index order IS the page order (2–10× faster
 *    deep pages). Same names as before (the columns change, not the role).
 * 2. Two filter-leading indexes (category, organization) so a count or a sparse page seeks to the
 *    filter's entries instead of checking every open ticket (~45 ns per entry and term checked).
 * 3. View × sort indexes (assignee or group, then age or SLA due): "mine"/"unassigned"/one-group
 *    pages sorted by age or due time walk only the view's tickets, already in order.
 * 4. `queue_facets`: per (column, value) the exact number of OPEN tickets, kept by triggers in the
 *    writing transaction. A count with one constraint is a sum of a few facet rows; with several,
 *    the facets tell which index range is smallest. Exact by construction: every open ticket adds
 *    one to each of its seven values. (INSERT OR REPLACE on tickets would bypass the delete trigger
 *    unless recursive_triggers is on: the store never replaces tickets; it updates or deletes.)
 */
const FACETS: Array<[string, string]> = [
  ['status', 'status'],
  ['priority', 'priority'],
  ['channel', 'channel'],
  ['organization_id', 'organization_id'],
  // NULL has no place in a primary key: it is stored as the blob x'00', which equals no text id.
  ['category_id', `ifnull(#.category_id, x'00')`],
  ['group_id', `ifnull(#.group_id, x'00')`],
  ['assignee_id', `ifnull(#.assignee_id, x'00')`],
];

function facetValues(row: 'new' | 'old', delta: 1 | -1): string {
  return FACETS.map(([dim, expr]) => {
    const value = expr.includes('#') ? expr.replace('#', row) : `${row}.${expr}`;
    return `('${dim}', ${value}, ${delta})`;
  }).join(', ');
}

function facetUpsert(row: 'new' | 'old', delta: 1 | -1): string {
  return `INSERT INTO queue_facets (dim, value, n) VALUES ${facetValues(row, delta)}
    ON CONFLICT (dim, value) DO UPDATE SET n = n + excluded.n;`;
}

export async function up(db: Kysely<any>): Promise<void> {
  const indexes: Array<[string, string, boolean]> = [
    ['tickets_queue_priority', 'priority, created_at, seq, assignee_id, group_id, status, channel, organization_id, category_id, sla_due_at', true],
    ['tickets_queue_age', 'created_at, seq, priority, assignee_id, group_id, status, channel, organization_id, category_id, sla_due_at', true],
    ['tickets_queue_sla', 'sla_due_at, created_at, seq, priority, assignee_id, group_id, status, channel, organization_id, category_id', true],
    ['tickets_queue_assignee', 'assignee_id, priority, created_at, seq, group_id, status, channel, organization_id, category_id, sla_due_at', true],
    ['tickets_queue_group', 'group_id, priority, created_at, seq, assignee_id, status, channel, organization_id, category_id, sla_due_at', true],
    ['tickets_view_assignee_age', 'assignee_id, created_at, seq, priority, group_id, status, channel, organization_id, category_id, sla_due_at', true],
    ['tickets_view_assignee_sla', 'assignee_id, sla_due_at, created_at, seq, priority, group_id, status, channel, organization_id, category_id', true],
    ['tickets_view_group_age', 'group_id, created_at, seq, priority, assignee_id, status, channel, organization_id, category_id, sla_due_at', true],
    ['tickets_view_group_sla', 'group_id, sla_due_at, created_at, seq, priority, assignee_id, status, channel, organization_id, category_id', true],
    ['tickets_filter_category', 'category_id, group_id, assignee_id, priority, created_at, seq, sla_due_at, status, channel, organization_id', true],
    ['tickets_filter_organization', 'organization_id, channel, priority, created_at, seq, sla_due_at, assignee_id, group_id, status, category_id', true],
    ['tickets_by_status', 'status, priority, created_at, seq, sla_due_at, assignee_id, group_id, channel, organization_id, category_id', false],
  ];
  for (const [name, columns, partial] of indexes) {
    await sql.raw(`DROP INDEX IF EXISTS ${name}`).execute(db);
    await sql.raw(`CREATE INDEX ${name} ON tickets (${columns})${partial ? ` WHERE ${OPEN}` : ''}`).execute(db);
  }

  await sql`CREATE TABLE queue_facets (
    dim TEXT NOT NULL,
    value NOT NULL,
    n INTEGER NOT NULL,
    PRIMARY KEY (dim, value)
  ) WITHOUT ROWID`.execute(db);
  const backfill = FACETS.map(([dim, expr]) => {
    const value = expr.includes('#') ? expr.replace('#.', '') : expr;
    return `SELECT '${dim}', ${value}, count(*) FROM tickets WHERE ${OPEN} GROUP BY 2`;
  }).join(' UNION ALL ');
  await sql.raw(`INSERT INTO queue_facets (dim, value, n) ${backfill}`).execute(db);

  const columns = 'status, priority, channel, organization_id, category_id, group_id, assignee_id';
  await sql.raw(`CREATE TRIGGER tickets_facets_insert AFTER INSERT ON tickets WHEN new.${OPEN} BEGIN
    ${facetUpsert('new', 1)}
  END`).execute(db);
  await sql.raw(`CREATE TRIGGER tickets_facets_delete AFTER DELETE ON tickets WHEN old.${OPEN} BEGIN
    ${facetUpsert('old', -1)}
  END`).execute(db);
  await sql.raw(`CREATE TRIGGER tickets_facets_update_old AFTER UPDATE OF ${columns} ON tickets WHEN old.${OPEN} BEGIN
    ${facetUpsert('old', -1)}
  END`).execute(db);
  await sql.raw(`CREATE TRIGGER tickets_facets_update_new AFTER UPDATE OF ${columns} ON tickets WHEN new.${OPEN} BEGIN
    ${facetUpsert('new', 1)}
  END`).execute(db);
}
