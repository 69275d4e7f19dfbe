import { newId } from '../../src/shared/domain/ids';
import type { StoreHandle } from '../../src/main/store/open-database';
import type { DatabaseHandle } from '../../src/server/db/open-database';
import { hashRows, integrityCheck, localView, normalizeEvent } from '../sync/helpers/local-view';
import type { IssuedMutation } from './desk';

export interface ServerView {
  tickets: Array<{ id: string }>;
  comments: Array<{ id: string }>;
  events: Array<{ id: string }>;
}

async function postJson(url: string, body: unknown, token?: string): Promise<{ status: number; json: unknown }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(body),
  });
  const text = await res.text();
  return { status: res.status, json: text ? (JSON.parse(text) as unknown) : null };
}

export async function loginOverHttp(serverUrl: string, email: string, password: string): Promise<string> {
  const res = await postJson(`${serverUrl}/api/auth/login`, { email, password });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status} ${JSON.stringify(res.json)}`);
  return (res.json as { token: string }).token;
}

/** What the server says this user may see: a fresh snapshot + catch-up under a throwaway client id. */
export async function serverView(serverUrl: string, email: string, password: string): Promise<ServerView> {
  const token = await loginOverHttp(serverUrl, email, password);
  const clientId = `check-${newId().slice(-16)}`;
  const latest = new Map<string, { table: string; row: { id: string }; visible: boolean }>();
  let cursor: string | number = 0;
  for (let pages = 0; pages < 100_000; pages++) {
    const res = await postJson(`${serverUrl}/api/sync/pull`, { clientId, cursor, limit: 1000 }, token);
    if (res.status !== 200) throw new Error(`pull: ${res.status} ${JSON.stringify(res.json)}`);
    const page = res.json as {
      changes: Array<{ table: string; pk: string; row: { id: string }; visible: boolean }>;
      cursor: string;
      hasMore: boolean;
    };
    for (const c of page.changes) latest.set(`${c.table}/${c.pk}`, { table: c.table, row: c.row, visible: c.visible });
    cursor = page.cursor;
    if (!page.hasMore) break;
  }
  const rows = (table: string) => [...latest.values()].filter((v) => v.table === table).map((v) => v.row);
  return { tickets: rows('tickets'), comments: rows('comments'), events: rows('ticket_events').map(normalizeEvent) };
}

const sortById = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));

export interface DeskUnderTest {
  store: StoreHandle;
  clientId: string;
  issued: IssuedMutation[];
  email: string;
  password: string;
}

export interface DeskVerdict {
  acknowledged: number;
  applied: number;
  rejected: number[];
  surfaced: number[];
  tickets: number;
  events: number;
}

function countKinds(kinds: string[]): Record<string, number> {
  const out: Record<string, number> = {};
  for (const k of kinds) out[k] = (out[k] ?? 0) + 1;
  return out;
}

/**
 * The four properties every fault test ends with, for one desk:
 * 1. every mutation it queued is acknowledged (server last_mutation_id = last id, outbox empty) and
 *    applied exactly once: the server's events from this client id are, kind by kind, exactly the
 *    effects of the applied (not rejected) mutations — a duplicate would add events; each applied
 *    comment exists once, a rejected one not at all;
 * 2. its tickets, comments and events hash-equal the server's view of its scopes;
 * 3. every rejection the server recorded for it is in its Sync issues list;
 * 4. PRAGMA integrity_check is ok.
 * Returns the counts; throws (with the difference) otherwise.
 */
export async function verifyDesk(desk: DeskUnderTest, server: DatabaseHandle, serverUrl: string): Promise<DeskVerdict> {
  const fail = (what: string, detail: unknown) => {
    throw new Error(`${desk.clientId}: ${what}: ${JSON.stringify(detail)}`);
  };
  const db = server.db;
  const lastIssued = Math.max(0, ...desk.issued.map((m) => m.id));
  const outbox = await desk.store.db.selectFrom('outbox').select('mutation_id').execute();
  if (outbox.length > 0) fail('outbox not empty', outbox);
  const client = await db.selectFrom('clients').selectAll().where('client_id', '=', desk.clientId).executeTakeFirst();
  const acknowledged = Number(client?.last_mutation_id ?? 0);
  if (acknowledged !== lastIssued) fail('acknowledged ≠ issued', { acknowledged, lastIssued });
  const ids = desk.issued.map((m) => m.id).sort((a, b) => a - b);
  if (ids.some((id, i) => id !== i + 1)) fail('issued ids have gaps', ids);

  const rejectedRows = await db
    .selectFrom('rejected_mutations')
    .select(['mutation_id', 'code'])
    .where('client_id', '=', desk.clientId)
    .execute();
  const rejected = rejectedRows.map((r) => Number(r.mutation_id)).sort((a, b) => a - b);
  if (new Set(rejected).size !== rejected.length) fail('a mutation was rejected twice', rejected);
  const rejectedSet = new Set(rejected);
  const applied = desk.issued.filter((m) => !rejectedSet.has(m.id));

  // Exactly once: the server's events from this client, by kind, are the applied mutations' effects.
  const serverEvents = await db
    .selectFrom('ticket_events')
    .select(['kind', 'id'])
    .where('device_id', '=', desk.clientId)
    .execute();
  // One exception, by design: a claim of a ticket one already holds is a no-op. A desk can queue a
  // claim whose optimistic effect (an `assigned` event) the server then does not produce, when its
  // own earlier claim was acknowledged but not yet pulled back (see tests/faults/ack-before-effects):
  // claims are checked "at most once", every other kind "exactly once".
  const expectedKinds = countKinds(applied.flatMap((m) => m.kinds));
  const actualKinds = countKinds(serverEvents.map((e) => e.kind));
  const kinds = new Set([...Object.keys(expectedKinds), ...Object.keys(actualKinds)]);
  for (const kind of kinds) {
    const [want, got] = [expectedKinds[kind] ?? 0, actualKinds[kind] ?? 0];
    const claimNoOps = kind === 'assigned' ? desk.issued.filter((m) => m.name === 'ticket.claim' && !rejectedSet.has(m.id)).length : 0;
    if (got > want || got < want - claimNoOps) fail('server events ≠ effects of applied mutations', { kind, expectedKinds, actualKinds });
  }
  const commentIds = desk.issued.filter((m) => m.commentId).map((m) => m.commentId as string);
  if (commentIds.length > 0) {
    const present = new Set<string>();
    for (let i = 0; i < commentIds.length; i += 500) {
      const rows = await db.selectFrom('comments').select('id').where('id', 'in', commentIds.slice(i, i + 500)).execute();
      for (const r of rows) present.add(r.id);
    }
    for (const m of desk.issued) {
      if (!m.commentId) continue;
      if (present.has(m.commentId) === rejectedSet.has(m.id)) fail('comment presence ≠ applied', m);
    }
  }

  // Every conflict surfaced: each server-side rejection is in the desk's Sync issues.
  const issues = await desk.store.db.selectFrom('sync_issues').select(['mutation_id', 'code']).execute();
  const surfaced = issues.map((i) => Number(i.mutation_id)).sort((a, b) => a - b);
  const missing = rejected.filter((id) => !surfaced.includes(id));
  if (missing.length > 0) fail('rejections not surfaced', { missing, rejectedRows });
  const phantom = surfaced.filter((id) => !rejectedSet.has(id));
  if (phantom.length > 0) fail('issues the server never recorded', phantom);

  // Hash-equal to the server's view of this desk's scopes.
  const [local, remote] = [await localView(desk.store), await serverView(serverUrl, desk.email, desk.password)];
  for (const table of ['tickets', 'comments', 'events'] as const) {
    const l = local[table] as Array<{ id: string }>;
    const r = remote[table];
    if (hashRows(l) !== hashRows(r)) {
      const lm = new Map(sortById(l).map((x) => [x.id, JSON.stringify(x)]));
      const diff = sortById(r)
        .filter((x) => lm.get(x.id) !== JSON.stringify(x))
        .slice(0, 3)
        .map((x) => ({ server: x, local: lm.get(x.id) ?? null }));
      fail(`${table} differ from the server's view`, { local: l.length, server: r.length, diff });
    }
  }
  const integrity = integrityCheck(desk.store);
  if (integrity !== 'ok') fail('integrity_check', integrity);
  return {
    acknowledged,
    applied: applied.length,
    rejected,
    surfaced,
    tickets: local.tickets.length,
    events: local.events.length,
  };
}

/** PRAGMA integrity_check on the server's SQLite file (PostgreSQL: a consistency query on seq). */
export async function verifyServer(server: DatabaseHandle): Promise<void> {
  const { sql } = await import('kysely');
  if (server.dialect === 'sqlite') {
    const { rows } = await sql<{ integrity_check: string }>`PRAGMA integrity_check`.execute(server.db);
    if (rows[0]?.integrity_check !== 'ok') throw new Error(`server integrity_check: ${JSON.stringify(rows)}`);
  }
  // Both: the change log is gap-free up to the counter (seq = commit order, nothing half-written).
  const counter = await server.db.selectFrom('counters').select('value').where('name', '=', 'change_seq').executeTakeFirstOrThrow();
  const stats = await server.db
    .selectFrom('change_log')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('seq').as('max')])
    .executeTakeFirstOrThrow();
  if (Number(stats.n) !== Number(counter.value) || Number(stats.max ?? 0) !== Number(counter.value)) {
    throw new Error(`change log not gap-free: ${JSON.stringify({ counter, stats })}`);
  }
}
