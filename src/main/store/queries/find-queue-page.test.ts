import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { QUEUE_VIEWS, QueuePageInputSchema, type QueueFilters, type QueueSort } from '../../../shared/api/queue-schemas';
import { OPEN_STATUSES } from '../../../shared/domain/ticket-enums';
import { createQueueFixtureStore, FIXTURE_TICKETS, fixtureTicketId } from '../../../../tests/helpers/store-fixture';
import type { StoreHandle } from '../open-database';
import { countQueues } from './count-queues';
import { findQueuePage } from './find-queue-page';
import type { QueueScope } from './queue-types';

const ANA: QueueScope = { agentId: 'agent-ana', groupIds: ['group-n1'] };
const BOB: QueueScope = { agentId: 'agent-bob', groupIds: ['group-net', 'group-n1'] };
const NONE: QueueFilters = { statuses: [], priorities: [], categoryIds: [], channels: [], organizationIds: [] };
const SORTS: QueueSort[] = (['priority', 'age', 'sla_due'] as const).flatMap((by) =>
  (['asc', 'desc'] as const).map((direction) => ({ by, direction })),
);

let store: StoreHandle;
beforeEach(async () => {
  store = await createQueueFixtureStore();
});
afterEach(async () => {
  await store.close();
});

const keyOf = (id: string): string => id.replace('ticket-', '');

async function keys(scope: QueueScope, view: string, sort: QueueSort, filters: Partial<QueueFilters> = {}, offset = 0, limit = 50) {
  const input = QueuePageInputSchema.parse({ view, sort, filters: { ...NONE, ...filters }, offset, limit });
  const page = await findQueuePage(store.db, scope, input);
  return { total: page.total, keys: page.rows.map((r) => keyOf(r.id)), page };
}

/** The spec, written independently of the SQL: seq = fixture order, ties broken by seq. */
function expected(scope: QueueScope, view: string, sort: QueueSort, filters: Partial<QueueFilters> = {}): string[] {
  const categories: Record<string, string[]> = { 'cat-hw': ['cat-hw', 'cat-hw-printer', 'cat-hw-printer-jam'] };
  const rows = FIXTURE_TICKETS.map((t, i) => ({ ...t, seq: i + 1 })).filter((t) => {
    const statuses = filters.statuses?.length ? filters.statuses : OPEN_STATUSES;
    if (!statuses.includes(t.status)) return false;
    if (view === 'mine' && t.assigneeId !== scope.agentId) return false;
    if (view === 'unassigned' && t.assigneeId !== null) return false;
    if (view === 'group' && !scope.groupIds.includes(t.groupId ?? '')) return false;
    if (filters.priorities?.length && !filters.priorities.includes(t.priority)) return false;
    if (filters.channels?.length && !filters.channels.includes(t.channel)) return false;
    if (filters.organizationIds?.length && !filters.organizationIds.includes(t.organizationId)) return false;
    if (filters.categoryIds?.length) {
      const allowed = filters.categoryIds.flatMap((c) => categories[c] ?? [c]);
      if (!allowed.includes(t.categoryId ?? '')) return false;
    }
    return true;
  });
  const sign = sort.direction === 'asc' ? 1 : -1;
  const cmp = (a: string | number, b: string | number): number => (a < b ? -1 : a > b ? 1 : 0);
  rows.sort((a, b) => {
    if (sort.by === 'sla_due' && (a.slaDueAt === null) !== (b.slaDueAt === null)) return a.slaDueAt === null ? 1 : -1;
    const primary =
      sort.by === 'priority' ? cmp(a.priority, b.priority) : sort.by === 'sla_due' ? cmp(a.slaDueAt ?? '', b.slaDueAt ?? '') : 0;
    return sign * (primary || cmp(a.createdAt, b.createdAt) || cmp(a.seq, b.seq));
  });
  return rows.map((r) => r.key);
}

describe('findQueuePage', () => {
  it('orders all_open exactly as specified for each sort', async () => {
    const asc = (by: QueueSort['by']) => ({ by, direction: 'asc' as const });
    const desc = (by: QueueSort['by']) => ({ by, direction: 'desc' as const });
    expect((await keys(ANA, 'all_open', asc('priority'))).keys).toEqual(['t02', 't04', 't05', 't01', 't09', 't03', 't08']);
    expect((await keys(ANA, 'all_open', desc('priority'))).keys).toEqual(['t08', 't03', 't09', 't01', 't05', 't04', 't02']);
    expect((await keys(ANA, 'all_open', asc('age'))).keys).toEqual(['t03', 't05', 't08', 't01', 't09', 't02', 't04']);
    expect((await keys(ANA, 'all_open', desc('age'))).keys).toEqual(['t04', 't02', 't09', 't01', 't08', 't05', 't03']);
    // Tickets without an SLA due time come last in both directions.
    expect((await keys(ANA, 'all_open', asc('sla_due'))).keys).toEqual(['t05', 't01', 't09', 't02', 't04', 't08', 't03']);
    expect((await keys(ANA, 'all_open', desc('sla_due'))).keys).toEqual(['t08', 't04', 't02', 't09', 't01', 't05', 't03']);
  });

  it('restricts each view to its tickets', async () => {
    const sort = { by: 'age', direction: 'asc' } as const;
    expect((await keys(ANA, 'mine', sort)).keys).toEqual(['t03', 't08', 't02']);
    expect((await keys(ANA, 'group', sort)).keys).toEqual(['t03', 't08', 't01', 't02']);
    expect((await keys(ANA, 'unassigned', sort)).keys).toEqual(['t01', 't09', 't04']);
    expect((await keys(BOB, 'group', sort)).keys).toEqual(['t03', 't05', 't08', 't01', 't09', 't02']);
    expect((await keys({ agentId: 'agent-x', groupIds: [] }, 'group', sort)).total).toBe(0);
  });

  const FILTER_CASES: Array<[string, Partial<QueueFilters>]> = [
    ['none', {}],
    ['priority', { priorities: ['P1', 'P4'] }],
    ['open status', { statuses: ['new'] }],
    ['closed statuses', { statuses: ['resolved', 'closed'] }],
    ['mixed statuses', { statuses: ['new', 'resolved'] }],
    ['category with descendants', { categoryIds: ['cat-hw'] }],
    ['leaf category', { categoryIds: ['cat-net-vpn'] }],
    ['channel', { channels: ['email', 'phone'] }],
    ['organization', { organizationIds: ['org-b'] }],
    ['combined', { channels: ['email'], organizationIds: ['org-a'], priorities: ['P2'] }],
  ];
  for (const scope of [ANA, BOB]) {
    for (const view of QUEUE_VIEWS) {
      for (const [label, filters] of FILTER_CASES) {
        it(`${scope.agentId} ${view} × every sort × ${label}`, async () => {
          for (const sort of SORTS) {
            const want = expected(scope, view, sort, filters);
            const got = await keys(scope, view, sort, filters);
            expect({ sort, keys: got.keys }).toEqual({ sort, keys: want });
            expect(got.total).toBe(want.length);
          }
        });
      }
    }
  }

  it('pages without overlap or gaps, across the dated/undated boundary of sla_due', async () => {
    for (const sort of SORTS) {
      const all = expected(ANA, 'all_open', sort);
      const paged: string[] = [];
      for (let offset = 0; offset < all.length + 2; offset += 2) {
        const page = await keys(ANA, 'all_open', sort, {}, offset, 2);
        expect(page.total).toBe(7);
        expect(page.page.offset).toBe(offset);
        paged.push(...page.keys);
      }
      expect(paged).toEqual(all);
    }
    expect((await keys(ANA, 'all_open', { by: 'sla_due', direction: 'asc' }, {}, 6, 5)).keys).toEqual(['t03']);
  });

  it('returns rows in the QueueRow shape (requester name, provisional number when unsynced)', async () => {
    const { page } = await keys(ANA, 'unassigned', { by: 'priority', direction: 'asc' });
    expect(page.rows[0]).toEqual({
      id: fixtureTicketId('t04'),
      displayNumber: '~T04',
      title: 'Laptop will not power on',
      type: 'incident',
      status: 'new',
      priority: 'P1',
      channel: 'portal',
      categoryId: 'cat-hw',
      organizationId: 'org-b',
      requesterName: 'Emily Clarke',
      assigneeId: null,
      groupId: null,
      createdAt: '2026-11-05T08:00:00Z',
      updatedAt: '2026-11-05T08:00:00Z',
      slaDueAt: '2026-11-05T12:00:00Z',
    });
    expect(page.rows[1]?.displayNumber).toBe('MS-10001');
  });

  it('keeps totals exact after a write (cached totals are dropped)', async () => {
    const sort = { by: 'age', direction: 'asc' } as const;
    expect((await keys(ANA, 'mine', sort)).total).toBe(3);
    await store.db.updateTable('tickets').set({ assignee_id: 'agent-ana' }).where('id', '=', fixtureTicketId('t01')).execute();
    expect((await keys(ANA, 'mine', sort)).total).toBe(4);
  });
});

describe('countQueues', () => {
  it('counts all four views under the same filters', async () => {
    expect(await countQueues(store.db, ANA, NONE)).toEqual({ mine: 3, group: 4, unassigned: 3, all_open: 7 });
    expect(await countQueues(store.db, ANA, { ...NONE, categoryIds: ['cat-hw'] })).toEqual({
      mine: 1,
      group: 2,
      unassigned: 2,
      all_open: 3,
    });
    expect(await countQueues(store.db, BOB, { ...NONE, statuses: ['resolved', 'closed'] })).toEqual({
      mine: 1,
      group: 2,
      unassigned: 0,
      all_open: 2,
    });
  });
});
