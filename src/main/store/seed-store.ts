import type BetterSqlite3 from 'better-sqlite3';
import { generateDemoData, type DemoDataOptions, type DemoReferenceData } from '../../shared/demo';
import type { TicketBundle } from '../../shared/demo';
import type { StoreHandle } from './open-database';

export interface SeedProgress {
  phase: 'reference' | 'tickets' | 'search_index';
  done: number;
  total: number;
}

export interface SeedStoreOptions extends DemoDataOptions {
  onProgress?: (progress: SeedProgress) => void;
  /** Tickets between two progress reports. Default 5000. */
  progressEvery?: number;
  /** How the full-text index is filled: 'rebuild' (default, faster) or per-row 'triggers'. */
  searchIndex?: SearchIndexStrategy;
  /** Merge the full-text index into one segment at the end (faster searches on a big seed). */
  optimizeSearchIndex?: boolean;
}

export interface SeedStoreResult {
  referenceRows: number;
  tickets: number;
  events: number;
  comments: number;
  /** Every row written (reference + tickets + events + comments), full-text rows not counted. */
  rows: number;
  ms: number;
}

const TICKET_SQL = `INSERT INTO tickets (id, number, provisional_number, type, title, description, requester_id,
  organization_id, area_id, channel, category_id, impact, urgency, priority, status, assignee_id, group_id, level,
  problem_id, tags_json, created_at, updated_at, resolved_at, closed_at, sla_due_at, version)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`;
const EVENT_SQL = `INSERT INTO ticket_events (id, ticket_id, actor_id, device_id, at, offline, kind, data_json)
  VALUES (?, ?, ?, ?, ?, ?, ?, ?)`;
const COMMENT_SQL = `INSERT INTO comments (id, ticket_id, author_id, body, visibility, created_at) VALUES (?, ?, ?, ?, ?, ?)`;

function insertReference(sqlite: BetterSqlite3.Database, ref: DemoReferenceData): number {
  const run = (sqlText: string, rows: unknown[][]): number => {
    const statement = sqlite.prepare(sqlText);
    for (const row of rows) statement.run(row);
    return rows.length;
  };
  let count = 0;
  count += run('INSERT INTO organizations (id, name, domains_json) VALUES (?, ?, ?)',
    ref.organizations.map((o) => [o.id, o.name, JSON.stringify(o.domains)]));
  count += run('INSERT INTO areas (id, organization_id, name) VALUES (?, ?, ?)',
    ref.areas.map((a) => [a.id, a.organizationId, a.name]));
  count += run('INSERT INTO requesters (id, organization_id, area_id, name, email, phone, language) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ref.requesters.map((r) => [r.id, r.organizationId, r.areaId, r.name, r.email, r.phone, r.language]));
  count += run('INSERT INTO groups (id, name, level) VALUES (?, ?, ?)', ref.groups.map((g) => [g.id, g.name, g.level]));
  count += run('INSERT INTO agents (id, name, email, role, level, language) VALUES (?, ?, ?, ?, ?, ?)',
    ref.agents.map((a) => [a.id, a.name, a.email, a.role, a.level, a.language]));
  count += run('INSERT INTO agent_groups (agent_id, group_id) VALUES (?, ?)',
    ref.agents.flatMap((a) => a.groupIds.map((g) => [a.id, g])));
  count += run('INSERT INTO categories (id, parent_id, name_es, name_en, default_type, active) VALUES (?, ?, ?, ?, ?, ?)',
    ref.categories.map((c) => [c.id, c.parentId, c.name.es, c.name.en, c.defaultType, c.active ? 1 : 0]));
  return count;
}

function createBundleWriter(sqlite: BetterSqlite3.Database): (bundle: TicketBundle) => void {
  const ticketStatement = sqlite.prepare(TICKET_SQL);
  const eventStatement = sqlite.prepare(EVENT_SQL);
  const commentStatement = sqlite.prepare(COMMENT_SQL);
  return ({ ticket: t, events, comments }) => {
    ticketStatement.run(t.id, t.number, t.provisionalNumber, t.type, t.title, t.description, t.requesterId,
      t.organizationId, t.areaId, t.channel, t.categoryId, t.impact, t.urgency, t.priority, t.status, t.assigneeId,
      t.groupId, t.level, t.problemId, JSON.stringify(t.tags), t.createdAt, t.updatedAt, t.resolvedAt, t.closedAt,
      t.slaDueAt, t.version);
    // Comments first: the `commented` event refers to its comment.
    for (const c of comments) commentStatement.run(c.id, c.ticketId, c.authorId, c.body, c.visibility, c.createdAt);
    for (const e of events) {
      eventStatement.run(e.id, e.ticketId, e.actorId, e.deviceId, e.at, e.offline ? 1 : 0, e.data.kind, JSON.stringify(e.data));
    }
  };
}

/** The full-text insert triggers, read back from the schema so they are recreated exactly as migrated. */
function fullTextInsertTriggers(sqlite: BetterSqlite3.Database): Array<{ name: string; sql: string }> {
  return sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name IN ('tickets_fts_insert', 'comments_fts_insert')`)
    .all() as Array<{ name: string; sql: string }>;
}

/** Same documents the insert triggers write: rowid = tickets.seq for tickets, -comments.seq for comments. */
const REBUILD_FTS_SQL = `INSERT INTO ticket_fts (rowid, ticket_id, title, body)
  SELECT seq, id, title, description FROM tickets
  UNION ALL SELECT -seq, ticket_id, '', body FROM comments`;

export type SearchIndexStrategy = 'rebuild' | 'triggers';

/**
 * Fills a freshly migrated, empty store with the deterministic demo desk (`npm start`, tests,
 * benchmarks). Raw prepared statements: this is the `store.bulk_insert` benchmark path.
 *
 * Everything runs in ONE transaction, so a crash half-way leaves the file as it was (and the
 * caller's "is the store empty?" check simply seeds again). Inside it, by default, the full-text
 * insert triggers are dropped and the index is filled with one INSERT…SELECT at the end, then the
 * triggers are recreated from their own stored SQL: measured ~20% less CPU than letting them fire
 * per row. Foreign keys are not checked per row (the generator is the only writer here); the
 * pragma is restored afterwards and the seed tests run `foreign_key_check`.
 */
export function seedStore(handle: Pick<StoreHandle, 'sqlite'>, options: SeedStoreOptions): SeedStoreResult {
  const started = performance.now();
  const { sqlite } = handle;
  const data = generateDemoData(options);
  const report = options.onProgress ?? (() => undefined);
  const perBatch = Math.max(1, options.progressEvery ?? 5000);
  const rebuild = (options.searchIndex ?? 'rebuild') === 'rebuild';
  const counts = { referenceRows: 0, tickets: 0, events: 0, comments: 0 };

  const seedAll = sqlite.transaction(() => {
    const triggers = rebuild ? fullTextInsertTriggers(sqlite) : [];
    for (const t of triggers) sqlite.exec(`DROP TRIGGER ${t.name}`);
    report({ phase: 'reference', done: 0, total: 1 });
    counts.referenceRows = insertReference(sqlite, data.reference);
    report({ phase: 'reference', done: 1, total: 1 });
    const write = createBundleWriter(sqlite);
    for (const bundle of data.tickets) {
      write(bundle);
      counts.tickets += 1;
      counts.events += bundle.events.length;
      counts.comments += bundle.comments.length;
      if (counts.tickets % perBatch === 0) report({ phase: 'tickets', done: counts.tickets, total: data.ticketCount });
    }
    report({ phase: 'tickets', done: counts.tickets, total: data.ticketCount });
    report({ phase: 'search_index', done: 0, total: 1 });
    if (rebuild) sqlite.prepare(REBUILD_FTS_SQL).run();
    for (const t of triggers) sqlite.exec(t.sql);
    if (options.optimizeSearchIndex) sqlite.prepare(`INSERT INTO ticket_fts (ticket_fts) VALUES ('optimize')`).run();
    report({ phase: 'search_index', done: 1, total: 1 });
  });

  const foreignKeys = sqlite.pragma('foreign_keys', { simple: true }) as number;
  sqlite.pragma('foreign_keys = OFF');
  try {
    seedAll();
  } finally {
    sqlite.pragma(`foreign_keys = ${foreignKeys ? 'ON' : 'OFF'}`);
  }
  return {
    ...counts,
    rows: counts.referenceRows + counts.tickets + counts.events + counts.comments,
    ms: performance.now() - started,
  };
}
