import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUEUE_VIEWS, QueuePageInputSchema, type QueueFilters, type QueueSort } from '../../../shared/api/queue-schemas';
import { OPEN_STATUSES } from '../../../shared/domain/ticket-enums';
import { createMemoryStore } from '../../../../tests/helpers/store-fixture';
import type { StoreHandle } from '../open-database';
import { seedStore } from '../seed-store';
import { expandCategoryIds } from './category-descendants';
import { countQueues } from './count-queues';
import { findQueuePage } from './find-queue-page';
import { choosePagePlan, queueConstraints, readFacets } from './queue-plan';
import { clearQueueTotals } from './queue-total';
import type { QueueScope } from './queue-types';

/*
 * The planner picks an index per query from the facet counts; whichever it picks, pages and totals
 * must be exactly what a plain scan says. Checked here on a seeded desk large enough for both plan
 * kinds to be chosen, against an independent in-memory computation.
 */

const NONE: QueueFilters = { statuses: [], priorities: [], categoryIds: [], channels: [], organizationIds: [] };
const SCOPES: QueueScope[] = [
  { agentId: 'agent-demo', groupIds: ['group-n1'] },
  { agentId: 'agent-peter', groupIds: ['group-n2-apps', 'group-n2-field'] },
];
const FILTERS: QueueFilters[] = [
  NONE,
  { ...NONE, priorities: ['P1', 'P2'] },
  { ...NONE, statuses: ['new'] },
  { ...NONE, statuses: ['closed', 'in_progress'] },
  { ...NONE, categoryIds: ['cat-hw'] },
  { ...NONE, channels: ['email'], organizationIds: ['org-andina'] },
  { ...NONE, channels: ['phone', 'chat'], priorities: ['P3'], categoryIds: ['cat-hw', 'cat-net'] },
];
const SORTS: QueueSort[] = (['priority', 'age', 'sla_due'] as const).flatMap((by) =>
  (['asc', 'desc'] as const).map((direction) => ({ by, direction })),
);

interface Row {
  seq: number;
  id: string;
  status: string;
  priority: string;
  channel: string;
  organization_id: string;
  category_id: string | null;
  group_id: string | null;
  assignee_id: string | null;
  created_at: string;
  sla_due_at: string | null;
}

let store: StoreHandle;
beforeAll(async () => {
  store = await createMemoryStore();
  seedStore(store, { seed: 77, ticketCount: 3000, now: '2026-11-26T15:00:00Z' });
});
afterAll(async () => {
  await store.close();
});

const allTickets = (): Row[] =>
  store.sqlite
    .prepare(`SELECT seq, id, status, priority, channel, organization_id, category_id, group_id, assignee_id, created_at, sla_due_at FROM tickets`)
    .all() as Row[];

async function expectedIds(scope: QueueScope, view: string, sort: QueueSort, filters: QueueFilters): Promise<string[]> {
  const categories = new Set(await expandCategoryIds(store.db, filters.categoryIds));
  const statuses: readonly string[] = filters.statuses.length > 0 ? filters.statuses : OPEN_STATUSES;
  const rows = allTickets().filter(
    (t) =>
      statuses.includes(t.status) &&
      (view !== 'mine' || t.assignee_id === scope.agentId) &&
      (view !== 'unassigned' || t.assignee_id === null) &&
      (view !== 'group' || scope.groupIds.includes(t.group_id ?? '')) &&
      (filters.priorities.length === 0 || (filters.priorities as string[]).includes(t.priority)) &&
      (filters.channels.length === 0 || (filters.channels as string[]).includes(t.channel)) &&
      (filters.organizationIds.length === 0 || filters.organizationIds.includes(t.organization_id)) &&
      (filters.categoryIds.length === 0 || categories.has(t.category_id ?? '')),
  );
  const sign = sort.direction === 'asc' ? 1 : -1;
  const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);
  rows.sort((a, b) => {
    if (sort.by === 'sla_due' && (a.sla_due_at === null) !== (b.sla_due_at === null)) return a.sla_due_at === null ? 1 : -1;
    const primary =
      sort.by === 'priority' ? cmp(a.priority, b.priority) : sort.by === 'sla_due' ? cmp(a.sla_due_at ?? '', b.sla_due_at ?? '') : 0;
    return sign * (primary || cmp(a.created_at, b.created_at) || cmp(a.seq, b.seq));
  });
  return rows.map((r) => r.id);
}

function facetsByGroupBy(): Record<string, number> {
  const open = `status IN ('new','in_progress','pending_requester','pending_third_party')`;
  const out: Record<string, number> = {};
  for (const dim of ['status', 'priority', 'channel', 'organization_id', 'category_id', 'group_id', 'assignee_id']) {
    const rows = store.sqlite.prepare(`SELECT ${dim} AS value, count(*) AS n FROM tickets WHERE ${open} GROUP BY 1`).all() as Array<{
      value: string | null;
      n: number;
    }>;
    for (const r of rows) out[`${dim}=${r.value ?? 'NULL'}`] = r.n;
  }
  return out;
}

function facetsTable(): Record<string, number> {
  const rows = store.sqlite.prepare(`SELECT dim, value, n FROM queue_facets WHERE n <> 0`).all() as Array<{
    dim: string;
    value: string | Buffer;
    n: number;
  }>;
  return Object.fromEntries(rows.map((r) => [`${r.dim}=${typeof r.value === 'string' ? r.value : 'NULL'}`, r.n]));
}

describe('queue facets', () => {
  it('hold the exact open-ticket count per column value, through inserts, updates and deletes', () => {
    expect(facetsTable()).toEqual(facetsByGroupBy());
    const ids = (store.sqlite.prepare(`SELECT id FROM tickets ORDER BY seq LIMIT 40`).all() as Array<{ id: string }>).map((r) => r.id);
    const update = store.sqlite.prepare(`UPDATE tickets SET status = ?, assignee_id = ?, category_id = ?, group_id = ? WHERE id = ?`);
    store.sqlite.transaction(() => {
      ids.forEach((id, i) => {
        const status = ['closed', 'new', 'in_progress', 'resolved', 'pending_requester'][i % 5];
        update.run(status, i % 3 === 0 ? null : 'agent-demo', i % 4 === 0 ? null : 'cat-hw', i % 2 ? 'group-n1' : null, id);
      });
    })();
    store.sqlite.prepare(`UPDATE tickets SET updated_at = updated_at WHERE id = ?`).run(ids[1]);
    expect(facetsTable()).toEqual(facetsByGroupBy());
  });
});

describe('queue plans', () => {
  it('page exactly and count exactly whichever index the planner picks', async () => {
    const kinds = new Set<string>();
    for (const scope of SCOPES) {
      for (const view of QUEUE_VIEWS) {
        for (const filters of FILTERS) {
          for (const sort of SORTS) {
            const want = await expectedIds(scope, view, sort, filters);
            for (const offset of [0, 37, Math.max(0, want.length - 20)]) {
              clearQueueTotals(store.db);
              const input = QueuePageInputSchema.parse({ view, sort, filters, offset, limit: 25 });
              const page = await findQueuePage(store.db, scope, input);
              expect({ view, filters, sort, offset, total: page.total }).toEqual({ view, filters, sort, offset, total: want.length });
              expect(page.rows.map((r) => r.id)).toEqual(want.slice(offset, offset + 25));
              if (filters.statuses.every((s) => (OPEN_STATUSES as readonly string[]).includes(s)) && page.total > 0) {
                const query = { scope, view, filters };
                const constraints = queueConstraints(query, await expandCategoryIds(store.db, filters.categoryIds));
                const facets = await readFacets(store.db, constraints);
                kinds.add(choosePagePlan(constraints, facets, true, sort, page.total, offset, 25).kind);
              }
            }
          }
        }
      }
    }
    expect([...kinds].sort()).toEqual(['ordered', 'sorted']);
  });

  it('gives the badge counts of the four views, equal to the page totals', async () => {
    for (const scope of SCOPES) {
      for (const filters of FILTERS) {
        clearQueueTotals(store.db);
        const counts = await countQueues(store.db, scope, filters);
        for (const view of QUEUE_VIEWS) {
          expect(counts[view]).toBe((await expectedIds(scope, view, SORTS[0] as QueueSort, filters)).length);
        }
      }
    }
  });
});
