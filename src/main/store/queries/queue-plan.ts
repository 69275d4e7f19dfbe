import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { QueueSort } from '../../../shared/api/queue-schemas';
import type { Database } from '../schema';
import type { QueueQuery } from './queue-types';
import { isOpenOnly, OPEN_PREDICATE } from './queue-where';

/*
 * Which index a queue count or page reads, chosen per query from exact facet counts.
 *
 * Measured on 100k tickets / 60k open (bench/store.bench.ts, docs/performance.md): walking index
 * entries costs ~6 ns each when every WHERE term is answered by the seek (a "pure" range), plus
 * ~60 ns per term that must be checked on each entry (~90 ns for an IN list, which SQLite probes
 * in a small b-tree); a seek costs ~2 µs; sorting costs ~90 ns per matching row plus ~450 ns per
 * row kept (SQLite keeps the top offset + limit in a b-tree). The cost of a plan is the sum, and
 * the entries in a seek range are known from
 * `queue_facets` (migration 20261127T0000): the exact open-ticket count per (column, value). The
 * first column's count is exact; further seek columns are estimated as independent.
 */

export type Dim = 'status' | 'priority' | 'channel' | 'organization_id' | 'category_id' | 'group_id' | 'assignee_id';

/** One WHERE term: `dim IN (values)`; a null value means `dim IS NULL`. Values are distinct. */
export interface Constraint {
  dim: Dim;
  values: readonly (string | null)[];
}

interface IndexInfo {
  name: string;
  columns: readonly string[];
  /** Partial on open tickets (its WHERE must be repeated by the query). */
  partial: boolean;
}

/** The queue indexes of migration 20261127T0000 (columns in index order; `seq` is the rowid). */
const INDEXES: readonly IndexInfo[] = [
  { name: 'tickets_queue_priority', partial: true, columns: ['priority', 'created_at', 'seq', 'assignee_id', 'group_id', 'status', 'channel', 'organization_id', 'category_id', 'sla_due_at'] },
  { name: 'tickets_queue_age', partial: true, columns: ['created_at', 'seq', 'priority', 'assignee_id', 'group_id', 'status', 'channel', 'organization_id', 'category_id', 'sla_due_at'] },
  { name: 'tickets_queue_sla', partial: true, columns: ['sla_due_at', 'created_at', 'seq', 'priority', 'assignee_id', 'group_id', 'status', 'channel', 'organization_id', 'category_id'] },
  { name: 'tickets_queue_assignee', partial: true, columns: ['assignee_id', 'priority', 'created_at', 'seq', 'group_id', 'status', 'channel', 'organization_id', 'category_id', 'sla_due_at'] },
  { name: 'tickets_queue_group', partial: true, columns: ['group_id', 'priority', 'created_at', 'seq', 'assignee_id', 'status', 'channel', 'organization_id', 'category_id', 'sla_due_at'] },
  { name: 'tickets_view_assignee_age', partial: true, columns: ['assignee_id', 'created_at', 'seq', 'priority', 'group_id', 'status', 'channel', 'organization_id', 'category_id', 'sla_due_at'] },
  { name: 'tickets_view_assignee_sla', partial: true, columns: ['assignee_id', 'sla_due_at', 'created_at', 'seq', 'priority', 'group_id', 'status', 'channel', 'organization_id', 'category_id'] },
  { name: 'tickets_view_group_age', partial: true, columns: ['group_id', 'created_at', 'seq', 'priority', 'assignee_id', 'status', 'channel', 'organization_id', 'category_id', 'sla_due_at'] },
  { name: 'tickets_view_group_sla', partial: true, columns: ['group_id', 'sla_due_at', 'created_at', 'seq', 'priority', 'assignee_id', 'status', 'channel', 'organization_id', 'category_id'] },
  { name: 'tickets_filter_category', partial: true, columns: ['category_id', 'group_id', 'assignee_id', 'priority', 'created_at', 'seq', 'sla_due_at', 'status', 'channel', 'organization_id'] },
  { name: 'tickets_filter_organization', partial: true, columns: ['organization_id', 'channel', 'priority', 'created_at', 'seq', 'sla_due_at', 'assignee_id', 'group_id', 'status', 'category_id'] },
  { name: 'tickets_by_status', partial: false, columns: ['status', 'priority', 'created_at', 'seq', 'sla_due_at', 'assignee_id', 'group_id', 'channel', 'organization_id', 'category_id'] },
];

const PURE_NS = 6;
/** Per entry and per term checked on it: one value, or an IN list. */
const TERM_NS = 60;
const IN_TERM_NS = 90;
const SEEK_NS = 2000;
/** Sorting: every match goes through the sorter, the top offset + limit are kept in a b-tree. */
const SORT_NS = 90;
const SORT_KEEP_NS = 450;

const DIMS: ReadonlySet<string> = new Set<Dim>(['status', 'priority', 'channel', 'organization_id', 'category_id', 'group_id', 'assignee_id']);
/**
 * Columns a seek may "fill" when the query leaves them free but constrains a later column of the
 * index: `group_id IN (every group id an open ticket has)` selects the same entries as no term at
 * all (the indexes hold open tickets only and the facets list exactly their values), and lets the
 * seek reach the next column. A hand-written skip-scan, kept to the few-valued columns.
 */
const FILLABLE: readonly Dim[] = ['group_id', 'priority', 'channel'];

const distinct = <T>(values: readonly T[]): T[] => [...new Set(values)];

/**
 * The query's terms besides "open" (which partial indexes answer by themselves): views restrict to
 * open tickets, a status filter replaces that with exactly the statuses named. `categoryIds` are
 * already expanded to their descendants (an unknown category expands to itself, so it matches
 * nothing). The page, the count and the facet sums all read these.
 */
export function queueConstraints(query: QueueQuery, categoryIds: readonly string[]): Constraint[] {
  const { scope, view, filters } = query;
  const terms: Constraint[] = [];
  const add = (dim: Dim, values: readonly (string | null)[]): void => {
    if (values.length > 0) terms.push({ dim, values: distinct(values) });
  };
  add('status', filters.statuses);
  if (view === 'mine') add('assignee_id', [scope.agentId]);
  if (view === 'unassigned') add('assignee_id', [null]);
  if (view === 'group') add('group_id', scope.groupIds);
  add('priority', filters.priorities);
  add('channel', filters.channels);
  add('organization_id', filters.organizationIds);
  if (filters.categoryIds.length > 0) add('category_id', categoryIds);
  return terms;
}

function termSql(c: Constraint): RawBuilder<unknown> {
  const column = sql.raw(c.dim);
  if (c.values.length === 1 && c.values[0] === null) return sql`${column} IS NULL`;
  const values = c.values.filter((v): v is string => v !== null);
  const inList = sql`${column} IN (${sql.join(values.map((v) => sql`${v}`))})`;
  return values.length === c.values.length ? inList : sql`(${inList} OR ${column} IS NULL)`;
}

/** WHERE for one index: partial indexes need the open predicate written out, the full one must not scan closed rows. */
export function whereFor(index: IndexInfo, constraints: readonly Constraint[], openOnly: boolean): RawBuilder<unknown> {
  const terms = constraints.map(termSql);
  if (openOnly && (index.partial || !constraints.some((c) => c.dim === 'status'))) terms.unshift(OPEN_PREDICATE);
  return terms.length > 0 ? sql.join(terms, sql` AND `) : sql`1`;
}

/** Exact open-ticket counts: `open` and, per constraint, the open tickets matching it alone. */
export interface Facets {
  open: number;
  byDim: ReadonlyMap<Dim, number>;
  /** Every value of the fillable columns among open tickets (null for none). */
  present: ReadonlyMap<Dim, readonly (string | null)[]>;
}

/** For queries naming closed statuses: no facets (they count open tickets only). */
export const NO_FACETS: Facets = { open: 0, byDim: new Map(), present: new Map() };

const valueSql = (v: string | null): RawBuilder<unknown> => (v === null ? sql.raw(`x'00'`) : sql`${v}`);

/**
 * One small statement: the status rows (their sum is the open count), the rows of each
 * constraint's values, and (when there is a constraint a seek could reach by filling columns)
 * every row of the fillable columns.
 */
export async function readFacets(db: Kysely<Database>, constraints: readonly Constraint[]): Promise<Facets> {
  const wholeDims: Dim[] = ['status', ...(constraints.length > 0 ? FILLABLE : [])];
  const wanted = constraints
    .filter((c) => !wholeDims.includes(c.dim))
    .map((c) => sql`(dim = ${c.dim} AND value IN (${sql.join(c.values.map(valueSql))}))`);
  const { rows } = await sql<{ dim: Dim; value: unknown; n: number }>`SELECT dim, value, n FROM queue_facets
    WHERE dim IN (${sql.join(wholeDims.map((d) => sql`${d}`))})${wanted.length > 0 ? sql` OR ${sql.join(wanted, sql` OR `)}` : sql``}`.execute(db);
  const counts = new Map<string, number>();
  const present = new Map<Dim, (string | null)[]>();
  let open = 0;
  for (const row of rows) {
    const value = typeof row.value === 'string' ? row.value : null; // x'00' (a blob) stands for NULL
    counts.set(`${row.dim}\u0000${value ?? '\u0001'}`, row.n);
    if (row.dim === 'status') open += row.n;
    if (row.n > 0 && wholeDims.includes(row.dim) && (FILLABLE as readonly string[]).includes(row.dim)) {
      const list = present.get(row.dim) ?? [];
      list.push(value);
      present.set(row.dim, list);
    }
  }
  const sum = (c: Constraint): number =>
    c.values.reduce((total, v) => total + (counts.get(`${c.dim}\u0000${v ?? '\u0001'}`) ?? 0), 0);
  return { open, byDim: new Map(constraints.map((c) => [c.dim, sum(c)])), present };
}

interface Range {
  index: IndexInfo;
  /** Constraints answered by the seek (a prefix of the index columns), and free columns filled in. */
  seekDims: Dim[];
  fills: Constraint[];
  /** Estimated entries in the range, and the number of seeks (IN combinations). */
  entries: number;
  seeks: number;
  /** Cost of the constraints checked on each entry (ns per entry). */
  residualNs: number;
}

/** The ranges an index offers: the plain seek prefix, and (when it reaches further) the filled one. */
function rangesOf(index: IndexInfo, constraints: readonly Constraint[], facets: Facets, openOnly: boolean): Range[] {
  if (!openOnly && index.partial) return [];
  const byDim = new Map(constraints.map((c) => [c.dim, c]));
  if (!index.partial && !byDim.has('status')) return []; // the full index would walk closed tickets too
  const dimsEnd = index.columns.findIndex((column) => !DIMS.has(column));
  const keyColumns = index.columns.slice(0, dimsEnd < 0 ? index.columns.length : dimsEnd) as Dim[];
  const ranges: Range[] = [];
  const seekDims: Dim[] = [];
  const fills: Constraint[] = [];
  let entries = facets.open;
  let seeks = 1;
  const snapshot = (): void => {
    const residualNs = constraints
      .filter((c) => !seekDims.includes(c.dim))
      .reduce((sum, c) => sum + (c.values.length > 1 ? IN_TERM_NS : TERM_NS), 0);
    ranges.push({ index, seekDims: [...seekDims], fills: [...fills], entries, seeks, residualNs });
  };
  for (const [i, column] of keyColumns.entries()) {
    const c = byDim.get(column);
    if (c) {
      const matching = facets.byDim.get(c.dim) ?? facets.open;
      entries = seekDims.length === 0 ? matching : entries * (facets.open > 0 ? matching / facets.open : 0);
      seekDims.push(c.dim);
      seeks *= c.values.length;
      continue;
    }
    const values = facets.present.get(column);
    const laterConstrained = keyColumns.slice(i + 1).some((d) => byDim.has(d));
    // `x IN (…) OR x IS NULL` is not a seek for SQLite: a column some open ticket leaves empty is not filled.
    const seekable = values !== undefined && values.length > 0 && !values.includes(null);
    if (!seekable || !laterConstrained || !openOnly || !index.partial) break;
    snapshot();
    fills.push({ dim: column, values });
    seeks *= values.length;
  }
  snapshot();
  return ranges;
}

const scanCost = (r: Range, entries: number): number => r.seeks * SEEK_NS + entries * (PURE_NS + r.residualNs);

/** The cheapest index range holding every match, in no particular order (counts, sorted pages). */
export function cheapestRange(constraints: readonly Constraint[], facets: Facets, openOnly: boolean): Range {
  let best: Range | null = null;
  for (const index of INDEXES) {
    for (const r of rangesOf(index, constraints, facets, openOnly)) {
      if (!best || scanCost(r, r.entries) < scanCost(best, best.entries)) best = r;
    }
  }
  if (!best) throw new Error('no queue index applies'); // tickets_by_status always applies to status filters
  return best;
}

/** WHERE for a range: the query's terms plus the filled-in columns. */
export const rangeWhere = (r: Range, constraints: readonly Constraint[], openOnly: boolean): RawBuilder<unknown> =>
  whereFor(r.index, [...r.fills, ...constraints], openOnly);

/** ORDER BY columns of a sort (the dated part for sla_due). */
function sortColumns(sort: QueueSort): string[] {
  if (sort.by === 'priority') return ['priority', 'created_at', 'seq'];
  if (sort.by === 'age') return ['created_at', 'seq'];
  return ['sla_due_at', 'created_at', 'seq'];
}

export type PagePlan =
  | { kind: 'ordered'; index: IndexInfo; where: RawBuilder<unknown> }
  | { kind: 'sorted'; index: IndexInfo; where: RawBuilder<unknown> };

/**
 * How to read rows [offset, offset + limit) of `total` matches:
 * - ordered: walk an index whose order is the sort order (its columns before the sort columns are
 *   pinned to one value each) and skip `offset` matches: cheap when matches are dense.
 * - sorted: read every match from the cheapest range and sort them (SQLite keeps the top
 *   offset + limit): cheap when matches are few and sparse among open tickets.
 */
export function choosePagePlan(
  constraints: readonly Constraint[],
  facets: Facets,
  openOnly: boolean,
  sort: QueueSort,
  total: number,
  offset: number,
  limit: number,
): PagePlan {
  const wanted = sortColumns(sort);
  let best: { plan: PagePlan; cost: number } | null = null;
  for (const index of INDEXES) {
    const at = index.columns.indexOf(wanted[0] as string);
    if (at < 0 || wanted.some((column, i) => index.columns[at + i] !== column)) continue;
    const r = rangesOf(index, constraints, facets, openOnly).find((range) => range.fills.length === 0);
    if (!r || r.seekDims.length < at) continue;
    const pinned = index.columns.slice(0, at).every((column) => constraints.find((c) => c.dim === column)?.values.length === 1);
    if (!pinned) continue;
    // Matches are spread evenly through the range: reaching the last wanted one walks this far.
    const reach = total > 0 ? Math.min(r.entries, ((offset + limit) * r.entries) / total) : r.entries;
    const cost = scanCost(r, reach);
    if (!best || cost < best.cost) best = { plan: { kind: 'ordered', index, where: whereFor(index, constraints, openOnly) }, cost };
  }
  const any = cheapestRange(constraints, facets, openOnly);
  const sortedCost = scanCost(any, any.entries) + total * SORT_NS + Math.min(total, offset + limit) * SORT_KEEP_NS;
  if (!best || sortedCost < best.cost) {
    return { kind: 'sorted', index: any.index, where: rangeWhere(any, constraints, openOnly) };
  }
  return best.plan;
}

/** Index name for INDEXED BY. */
export const indexName = (index: IndexInfo): RawBuilder<unknown> => sql.raw(index.name);

export { isOpenOnly };
