import type { Database as SqliteDatabase } from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createMemoryStore, FROZEN_NOW } from '../../../tests/helpers/store-fixture';
import { findQueuePage, getAgent, searchTickets } from './queries';
import { seedStore, type SeedProgress, type SeedStoreOptions } from './seed-store';

const OPTIONS: SeedStoreOptions = { seed: 42, ticketCount: 300, now: FROZEN_NOW };

async function seeded(options: SeedStoreOptions = OPTIONS) {
  const store = await createMemoryStore();
  const result = seedStore(store, options);
  return { store, result };
}

function digest(sqlite: SqliteDatabase): string {
  const hash = createHash('sha256');
  for (const table of ['organizations', 'areas', 'requesters', 'groups', 'agents', 'agent_groups', 'categories', 'tickets', 'ticket_events', 'comments']) {
    hash.update(JSON.stringify(sqlite.prepare(`SELECT * FROM ${table} ORDER BY rowid`).all()));
  }
  return hash.digest('hex');
}

const ftsRows = (sqlite: SqliteDatabase) =>
  sqlite.prepare('SELECT rowid, ticket_id, title, body FROM ticket_fts ORDER BY rowid').all();

describe('seedStore', () => {
  it('writes the counted rows, keeps foreign keys valid and restores the pragma', async () => {
    const progress: SeedProgress[] = [];
    const { store, result } = await seeded({ ...OPTIONS, progressEvery: 100, onProgress: (p) => progress.push(p) });
    const count = (table: string) => (store.sqlite.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
    expect(result.tickets).toBe(300);
    expect(count('tickets')).toBe(300);
    expect(count('ticket_events')).toBe(result.events);
    expect(count('comments')).toBe(result.comments);
    expect(result.events + result.comments).toBeGreaterThan(5 * 300);
    expect(count('ticket_fts')).toBe(300 + result.comments);
    expect(store.sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(store.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(progress.filter((p) => p.phase === 'tickets').map((p) => p.done)).toEqual([100, 200, 300, 300]);
    expect(await getAgent(store.db, 'agent-demo')).toMatchObject({ name: 'Ana Torres', level: 'N1', groupIds: ['group-n1'] });
    await store.close();
  });

  it('is deterministic: same seed → same rows; another seed → other rows', async () => {
    const a = await seeded();
    const b = await seeded();
    const c = await seeded({ ...OPTIONS, seed: 43 });
    expect(digest(a.store.sqlite)).toBe(digest(b.store.sqlite));
    expect(digest(a.store.sqlite)).not.toBe(digest(c.store.sqlite));
    await Promise.all([a.store.close(), b.store.close(), c.store.close()]);
  });

  it('fills the search index exactly as the triggers would, and leaves the triggers in place', async () => {
    const rebuilt = await seeded();
    const triggered = await seeded({ ...OPTIONS, searchIndex: 'triggers' });
    expect(ftsRows(rebuilt.store.sqlite)).toEqual(ftsRows(triggered.store.sqlite));
    const triggers = rebuilt.store.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name`).all();
    expect(triggers).toEqual(triggered.store.sqlite.prepare(`SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name`).all());
    expect((await searchTickets(rebuilt.store.db, 'impresora', 5)).length).toBeGreaterThan(0);
    const page = await findQueuePage(rebuilt.store.db, { agentId: 'agent-demo', groupIds: ['group-n1'] }, {
      view: 'mine', sort: { by: 'priority', direction: 'asc' }, offset: 0, limit: 10,
      filters: { statuses: [], priorities: [], categoryIds: [], channels: [], organizationIds: [] },
    });
    expect(page.total).toBeGreaterThan(0);
    await Promise.all([rebuilt.store.close(), triggered.store.close()]);
  });

  it('rolls everything back when seeding fails half-way (triggers included)', async () => {
    const store = await createMemoryStore();
    expect(() =>
      seedStore(store, { ...OPTIONS, progressEvery: 100, onProgress: (p) => { if (p.phase === 'tickets') throw new Error('boom'); } }),
    ).toThrow('boom');
    expect(store.sqlite.prepare('SELECT count(*) AS n FROM tickets').get()).toEqual({ n: 0 });
    expect(store.sqlite.prepare(`SELECT count(*) AS n FROM sqlite_master WHERE name = 'tickets_fts_insert'`).get()).toEqual({ n: 1 });
    await store.close();
  });
});
