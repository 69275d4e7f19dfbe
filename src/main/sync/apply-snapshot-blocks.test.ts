import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSeededIdGenerator } from '../../shared/domain/ids';
import { DEFAULT_PRIORITY_MATRIX } from '../../shared/domain/priority';
import { SNAPSHOT_COLUMNS } from '../../shared/sync/snapshot-columns';
import { endBulkSnapshot, isBulkSnapshot } from '../store/bulk-snapshot';
import type { StoreHandle } from '../store/open-database';
import { createTestStore, FIXTURE_NOW } from '../store/testing/create-test-store';
import { applyPullPage } from './apply-pull-page';
import type { PullResponse } from './sync-protocol';

const env = {
  newId: createSeededIdGenerator(99),
  priorityMatrix: DEFAULT_PRIORITY_MATRIX,
  fallbackActor: { actorId: 'agent-ana', actorRole: 'agent' as const, deviceId: 'device-test' },
};
const T1 = '01a00000-0000-7000-8000-0000000000a1';
const T2 = '01a00000-0000-7000-8000-0000000000a2';
const C1 = '01a00000-0000-7000-8000-0000000000c1';
const E1 = '01a00000-0000-7000-8000-0000000000e1';

const ticketRow = (id: string, number: string, title: string, status: string) => [
  id, number, `~${number}`, 'incident', title, 'descripción', 'req-lucia', 'org-acme', null, 'phone', null,
  'medium', 'medium', 'P3', status, null, 'group-n1', 'N1', null, '[]', FIXTURE_NOW, FIXTURE_NOW, null, null, null, 1,
];

const compactPage = (snapshot: PullResponse['snapshot'], cursor: string): PullResponse => ({
  changes: [], snapshot, cursor, hasMore: cursor.startsWith('s.'), lastMutationId: 0, rejections: [], rejectionsThrough: 0,
});

describe('compact snapshot pages in bulk mode', () => {
  let store: StoreHandle;
  beforeEach(async () => {
    store = await createTestStore();
  });
  afterEach(() => store.close());

  const count = (sqlText: string): number => (store.sqlite.prepare(sqlText).get() as { n: number }).n;
  const ticketIndexes = () => count(`SELECT count(*) n FROM sqlite_master WHERE type = 'index' AND tbl_name = 'tickets' AND sql IS NOT NULL`);

  it('writes the blocks, and rebuilds indexes, search and facet counts when the snapshot ends', async () => {
    const indexes = ticketIndexes();
    const openBefore = count(`SELECT ifnull(sum(n), 0) n FROM queue_facets WHERE dim = 'status'`);
    await applyPullPage(store.db, compactPage([
      { table: 'tickets', columns: [...SNAPSHOT_COLUMNS.tickets], rows: [ticketRow(T1, 'MS-20001', 'Zebra impresora', 'new')] },
    ], 's.9.6.YQ'), env, 'sync.cursor', { bulk: true });
    expect(await isBulkSnapshot(store.db)).toBe(true);
    expect(ticketIndexes()).toBe(0);
    await applyPullPage(store.db, compactPage([
      { table: 'tickets', columns: [...SNAPSHOT_COLUMNS.tickets], rows: [ticketRow(T2, 'MS-20002', 'Monitor', 'closed')] },
      { table: 'comments', columns: [...SNAPSHOT_COLUMNS.comments], rows: [[C1, T1, 'agent-ana', 'quetzalcoatl', 'internal', FIXTURE_NOW]] },
      { table: 'ticket_events', columns: [...SNAPSHOT_COLUMNS.ticket_events], rows: [
        [E1, T1, 'agent-ana', 'device-1', FIXTURE_NOW, 0, 'commented', JSON.stringify({ kind: 'commented', commentId: C1, visibility: 'internal' }), null, 0],
      ] },
    ], '9'), env, 'sync.cursor', { bulk: true });
    expect(await endBulkSnapshot(store.db)).toBe(true);
    expect(await isBulkSnapshot(store.db)).toBe(false);
    expect(ticketIndexes()).toBe(indexes);
    expect(count(`SELECT count(*) n FROM ticket_fts WHERE ticket_fts MATCH 'zebra'`)).toBe(1);
    expect(count(`SELECT count(*) n FROM ticket_fts WHERE ticket_fts MATCH 'quetzalcoatl'`)).toBe(1);
    // One more open ticket (T1); the closed one is not counted.
    expect(count(`SELECT ifnull(sum(n), 0) n FROM queue_facets WHERE dim = 'status'`)).toBe(openBefore + 1);
    expect(count(`SELECT count(*) n FROM ticket_events WHERE id = '${E1}'`)).toBe(1);
    expect(store.sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    // The triggers are back: a later ticket is searchable at once.
    store.sqlite.prepare(`UPDATE tickets SET title = 'Xilófono' WHERE id = ?`).run(T2);
    expect(count(`SELECT count(*) n FROM ticket_fts WHERE ticket_fts MATCH 'xilofono'`)).toBe(1);
  });

  it('refuses a block whose header is not the agreed one, writing nothing', async () => {
    const before = count('SELECT count(*) n FROM tickets');
    await expect(applyPullPage(store.db, compactPage([
      { table: 'tickets', columns: [...SNAPSHOT_COLUMNS.tickets].reverse(), rows: [ticketRow(T1, 'MS-20001', 'x', 'new')] },
    ], '9'), env)).rejects.toThrow(/unexpected snapshot columns/);
    expect(count('SELECT count(*) n FROM tickets')).toBe(before);
  });
});
