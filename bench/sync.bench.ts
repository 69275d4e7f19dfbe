/**
 * Sync benchmark (`npm run bench -- sync`): JSON lines, one figure each (docs/performance.md, Sync).
 *
 *   sync.own_queue_ready    fresh N1 agent desk: sign-in → own queue + reference data applied (ms)
 *   sync.initial_100k       fresh supervisor desk: sign-in → all 100k tickets with events applied (ms)
 *   sync.pouchdb_initial_100k  the same desk as PouchDB documents, replicated by PouchDB (ms)
 *   sync.ratio_vs_pouchdb   PouchDB time / Mesa time
 *   sync.push_sqlite / sync.push_postgres  mutations/s through one server instance
 *   sync.propagation        agent A's mutation → applied on agent B's desk, through two instances on PostgreSQL
 *   sync.fanout_1000        push committed → poke received, over 1,000 idle WebSockets on one instance
 *
 * Servers run as child processes (`tsx src/server/cli.ts serve`), so client and server use both cores.
 * Env: MESA_BENCH_SYNC_TICKETS (default 100000), MESA_BENCH_SYNC_ONLY=initial,push,propagation,fanout,pouchdb,
 * MESA_TEST_POSTGRES (PostgreSQL figures are skipped without it), MESA_BENCH_POUCH_BATCH (default 1000: fastest of 100/500/1000/2000 at 10k).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import PouchDB from 'pouchdb';
import WebSocket from 'ws';
import { newId } from '../src/shared/domain/ids';
import { DEFAULT_PRIORITY_MATRIX } from '../src/shared/domain/priority';
import { systemClock } from '../src/main/services/clock';
import { applyLocalMutation } from '../src/main/store/apply-local-mutation';
import { migrateToLatest } from '../src/main/store/migrate';
import { openDatabase, type StoreHandle } from '../src/main/store/open-database';
import { SyncClient, type SyncChange } from '../src/main/sync/sync-client';
import { createMemoryTokenVault } from '../src/main/sync/token-vault';
import { freePort, PROJECT_ROOT, ServerProcess, type ServerDatabaseSpec } from '../tests/support/server-process';
import { printDistribution, printValue } from './bench-stats';
import { POUCH_DB_NAME, pouchSourceDir } from './pouchdb-data';
import { BENCH_DATA_DIR } from './store-bench-data';
import {
  AGENT_EMAIL,
  DEMO_PASSWORD,
  SUPERVISOR_EMAIL,
  SYNC_BENCH_SEED,
  freshDatabase,
  postgresBenchDatabase,
  sqliteBenchDatabase,
  type SyncBenchDatabase,
} from './sync-data';

const TICKETS = Number(process.env.MESA_BENCH_SYNC_TICKETS ?? 100_000);
const ONLY = new Set((process.env.MESA_BENCH_SYNC_ONLY ?? 'initial,pouchdb,push,propagation,fanout').split(','));
const PG = process.env.MESA_TEST_POSTGRES ?? null;
const POUCH_BATCH = Number(process.env.MESA_BENCH_POUCH_BATCH ?? 1000);
const log = (line: string) => process.stderr.write(`[sync bench] ${line}\n`);
const elapsed = (start: bigint) => Number(process.hrtime.bigint() - start) / 1e6;

function asSpec(db: SyncBenchDatabase): ServerDatabaseSpec {
  return { dialect: db.dialect, dataDir: db.dataDir, databaseUrl: db.databaseUrl, open: db.open, drop: async () => undefined };
}

interface BenchDesk {
  store: StoreHandle;
  client: SyncClient;
  clientId: string;
  close(): Promise<void>;
}

/** A fresh desktop copy (real SQLite file, real sync client, production page size unless told). */
async function openDesk(
  serverUrl: string,
  options: { live?: boolean; pullLimit?: number; onChange?: (c: SyncChange) => void } = {},
): Promise<BenchDesk> {
  const dir = mkdtempSync(join(tmpdir(), 'mesa-bench-desk-'));
  const store = openDatabase(join(dir, 'desk.sqlite'));
  await migrateToLatest(store.db);
  const clientId = `bench-${newId().slice(-16)}`;
  const client = new SyncClient({
    db: store.db,
    serverUrl,
    vault: createMemoryTokenVault(),
    clock: systemClock,
    newId,
    priorityMatrix: DEFAULT_PRIORITY_MATRIX,
    clientId,
    live: options.live ?? false,
    pullLimit: options.pullLimit,
    onChange: options.onChange ?? (() => undefined),
    onStatus: () => undefined,
  });
  await client.start();
  return {
    store,
    client,
    clientId,
    async close() {
      await client.stop();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function count(store: StoreHandle, table: 'tickets' | 'ticket_events' | 'comments'): Promise<number> {
  return Number((await store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
}

async function benchInitial(): Promise<number | null> {
  const db = await sqliteBenchDatabase(TICKETS, log);
  if (db.seed) log(`seeded SQLite server: ${JSON.stringify({ ...db.seed, ms: Math.round(db.seed.ms) })}`);
  const server = await ServerProcess.start(asSpec(db));
  try {
    // Own queue: an N1 agent's first pass (reference data + agent:<self>) is what opens the workstation.
    {
      const desk = await openDesk(server.url);
      const start = process.hrtime.bigint();
      await desk.client.login(AGENT_EMAIL, DEMO_PASSWORD);
      const ms = elapsed(start);
      log(`own queue: ${await count(desk.store, 'tickets')} tickets in ${Math.round(ms)} ms`);
      printValue('sync.own_queue_ready', 'ms', ms);
      await desk.close();
    }
    // Everything: a supervisor's fresh desk takes all tickets with their comments and events.
    const desk = await openDesk(server.url);
    const start = process.hrtime.bigint();
    await desk.client.login(SUPERVISOR_EMAIL, DEMO_PASSWORD);
    await desk.client.idle();
    const ms = elapsed(start);
    const [tickets, events, comments] = [
      await count(desk.store, 'tickets'),
      await count(desk.store, 'ticket_events'),
      await count(desk.store, 'comments'),
    ];
    log(`initial sync: ${tickets} tickets, ${events} events, ${comments} comments in ${Math.round(ms)} ms`);
    if (tickets !== TICKETS) throw new Error(`initial sync brought ${tickets} tickets, expected ${TICKETS}`);
    printValue(`sync.initial_${TICKETS / 1000}k`, 'ms', ms);
    await desk.close();
    return ms;
  } finally {
    await server.stop();
  }
}

function startChild(args: string[], readyLine: RegExp): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout?.on('data', (c: Buffer) => {
      out += c.toString();
      if (readyLine.test(out)) resolve(child);
    });
    child.stderr?.on('data', (c: Buffer) => (out += c.toString()));
    child.once('exit', (code) => reject(new Error(`child exited ${code}: ${out}`)));
  });
}

async function benchPouch(): Promise<number> {
  const sourceDir = await pouchSourceDir(SYNC_BENCH_SEED, TICKETS, log);
  const port = await freePort();
  const child = await startChild(['bench/pouchdb-server.ts', sourceDir, String(port)], /listening/);
  const targetDir = mkdtempSync(join(tmpdir(), 'mesa-bench-pouch-'));
  try {
    const target = new PouchDB(join(targetDir, 'replica'));
    const start = process.hrtime.bigint();
    const result = await PouchDB.replicate(`http://127.0.0.1:${port}/${POUCH_DB_NAME}`, target, {
      batch_size: POUCH_BATCH,
      batches_limit: 10,
    });
    const ms = elapsed(start);
    const info = await target.info();
    log(`PouchDB replication (batch ${POUCH_BATCH}): ${info.doc_count} docs (${result.docs_written} written) in ${Math.round(ms)} ms`);
    if (info.doc_count !== TICKETS) throw new Error(`PouchDB replicated ${info.doc_count} docs`);
    printValue(`sync.pouchdb_initial_${TICKETS / 1000}k`, 'ms', ms);
    await target.close();
    return ms;
  } finally {
    child.kill('SIGTERM');
    rmSync(targetDir, { recursive: true, force: true });
  }
}

async function login(serverUrl: string, email: string): Promise<string> {
  const res = await fetch(`${serverUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login ${email}: ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

async function pushBatch(serverUrl: string, token: string, clientId: string, mutations: unknown[]): Promise<{ lastMutationId: number }> {
  const res = await fetch(`${serverUrl}/api/sync/push`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ clientId, mutations }),
  });
  if (res.status !== 200) throw new Error(`push: ${res.status} ${await res.text()}`);
  return (await res.json()) as { lastMutationId: number };
}

const createArgs = (id: string, i: number) => ({
  id,
  type: 'incident',
  title: `Bench ${i}`,
  description: 'Carga de prueba',
  requesterId: null as string | null,
  organizationId: 'org-andina',
  areaId: null,
  channel: 'phone',
  categoryId: null,
  impact: 'medium',
  urgency: 'medium',
});

/** Push throughput: CLIENTS concurrent desks, each pushing batches of 100 comments (plus their tickets). */
async function benchPush(dialect: 'sqlite' | 'postgres'): Promise<void> {
  const db = await freshDatabase(dialect, PG, `push-${dialect}`);
  const server = await ServerProcess.start(asSpec(db));
  const check = db.open();
  const requester = await check.db.selectFrom('requesters').select('id').where('organization_id', '=', 'org-andina').executeTakeFirstOrThrow();
  try {
    const token = await login(server.url, SUPERVISOR_EMAIL);
    const CLIENTS = 8;
    const BATCHES = dialect === 'sqlite' ? 15 : 10;
    const clients = Array.from({ length: CLIENTS }, (_, c) => ({ clientId: `bench-push-${c}-${newId().slice(-8)}`, next: 1, tickets: [] as string[] }));
    // Not timed: each client creates its tickets.
    await Promise.all(
      clients.map(async (c, ci) => {
        const creates = Array.from({ length: 10 }, (_, i) => {
          const id = newId();
          c.tickets.push(id);
          return { id: c.next++, name: 'ticket.create', args: { ...createArgs(id, ci * 10 + i), requesterId: requester.id }, clientTime: new Date().toISOString() };
        });
        await pushBatch(server.url, token, c.clientId, creates);
      }),
    );
    let total = 0;
    const start = process.hrtime.bigint();
    await Promise.all(
      clients.map(async (c) => {
        for (let b = 0; b < BATCHES; b++) {
          const mutations = Array.from({ length: 100 }, (_, i) => ({
            id: c.next++,
            name: 'ticket.comment',
            args: { ticketId: c.tickets[i % c.tickets.length], commentId: newId(), body: `Comentario ${b}.${i}`, visibility: 'internal' },
            clientTime: new Date().toISOString(),
          }));
          const r = await pushBatch(server.url, token, c.clientId, mutations);
          if (r.lastMutationId !== c.next - 1) throw new Error('push did not apply the whole batch');
          total += mutations.length;
        }
      }),
    );
    const ms = elapsed(start);
    log(`push ${dialect}: ${total} mutations from ${CLIENTS} clients in ${Math.round(ms)} ms`);
    printValue(`sync.push_${dialect}`, 'mutations/s', (total / ms) * 1000);
  } finally {
    await check.close();
    await server.stop();
    await db.drop();
  }
}

/** Agent A (desk on instance 1) → agent B (desk on instance 2, live socket), both instances on one PostgreSQL. */
async function benchPropagation(): Promise<void> {
  if (!PG) {
    log('sync.propagation skipped: MESA_TEST_POSTGRES not set');
    return;
  }
  const db = await freshDatabase('postgres', PG, 'propagation');
  const one = await ServerProcess.start(asSpec(db), { env: { MESA_SAFETY_NET_MS: '5000' } });
  const two = await ServerProcess.start(asSpec(db), { env: { MESA_SAFETY_NET_MS: '5000' } });
  const waiting = new Map<string, () => void>();
  const a = await openDesk(one.url, { live: false });
  const b = await openDesk(two.url, {
    live: true,
    onChange: (c) => {
      for (const id of c.ticketIds) waiting.get(id)?.();
    },
  });
  try {
    await a.client.login(AGENT_EMAIL, DEMO_PASSWORD);
    await b.client.login('luis.ramirez@mesa.example', DEMO_PASSWORD);
    const agent = await a.store.db.selectFrom('agents').select('id').where('email', '=', AGENT_EMAIL).executeTakeFirstOrThrow();
    const requester = await a.store.db.selectFrom('requesters').select('id').where('organization_id', '=', 'org-andina').executeTakeFirstOrThrow();
    const ctx = () => ({
      actorId: agent.id,
      actorRole: 'agent' as const,
      deviceId: a.clientId,
      now: a.client.stampNow(),
      offline: false,
      newId,
      priorityMatrix: DEFAULT_PRIORITY_MATRIX,
    });
    const ticketId = newId();
    await applyLocalMutation(a.store.db, ctx(), 'ticket.create', { ...createArgs(ticketId, 0), requesterId: requester.id });
    await applyLocalMutation(a.store.db, ctx(), 'ticket.assign', { ticketId, assigneeId: null, groupId: 'group-n1' });
    const seen = new Promise<void>((resolve) => waiting.set(ticketId, resolve));
    a.client.requestSync();
    await seen;
    await new Promise((r) => setTimeout(r, 500)); // B's live socket is up and idle
    const samples: number[] = [];
    for (let i = 0; i < 60; i++) {
      const done = new Promise<void>((resolve) => waiting.set(ticketId, resolve));
      const start = process.hrtime.bigint();
      await applyLocalMutation(a.store.db, ctx(), 'ticket.comment', { ticketId, commentId: newId(), body: `p${i}`, visibility: 'internal' });
      a.client.requestSync();
      await done;
      samples.push(elapsed(start));
      await a.client.idle();
      await b.client.idle();
      await new Promise((r) => setTimeout(r, 50));
    }
    printDistribution('sync.propagation', samples);
  } finally {
    await a.close();
    await b.close();
    await one.stop();
    await two.stop();
    await db.drop();
  }
}

/** 1,000 idle live sockets on one instance; each push pokes them all: push sent → poke received. */
async function benchFanout(): Promise<void> {
  const db = await freshDatabase('sqlite', null, 'fanout');
  const server = await ServerProcess.start(asSpec(db));
  const check = db.open();
  const sockets: WebSocket[] = [];
  try {
    const tokens = await Promise.all(Array.from({ length: 10 }, () => login(server.url, SUPERVISOR_EMAIL)));
    let roundStart = 0n;
    let samples: number[] = [];
    let pending = 0;
    let roundDone: () => void = () => undefined;
    for (let i = 0; i < 1000; i++) {
      const socket = new WebSocket(`${server.url.replace('http', 'ws')}/api/sync/live`, ['mesa.v1', `mesa.auth.${tokens[i % tokens.length]}`]);
      sockets.push(socket);
      await new Promise<void>((resolve, reject) => {
        socket.once('message', () => resolve()); // ready
        socket.once('error', reject);
      });
      socket.on('message', (data) => {
        const m = JSON.parse(data.toString()) as { type: string };
        if (m.type !== 'poke' || roundStart === 0n) return;
        samples.push(elapsed(roundStart));
        pending -= 1;
        if (pending === 0) roundDone();
      });
    }
    const requester = await check.db.selectFrom('requesters').select('id').where('organization_id', '=', 'org-andina').executeTakeFirstOrThrow();
    const token = tokens[0] ?? '';
    const clientId = `bench-fanout-${newId().slice(-8)}`;
    let next = 1;
    const all: number[] = [];
    for (let round = 0; round < 21; round++) {
      samples = [];
      pending = sockets.length;
      const done = new Promise<void>((resolve) => (roundDone = resolve));
      roundStart = process.hrtime.bigint();
      await pushBatch(server.url, token, clientId, [
        { id: next++, name: 'ticket.create', args: { ...createArgs(newId(), round), requesterId: requester.id }, clientTime: new Date().toISOString() },
      ]);
      await done;
      roundStart = 0n;
      if (round > 0) all.push(...samples); // round 0 warms up
      await new Promise((r) => setTimeout(r, 100));
    }
    printDistribution('sync.fanout_1000', all);
  } finally {
    for (const s of sockets) s.terminate();
    await check.close();
    await server.stop();
    await db.drop();
  }
}

export async function run(): Promise<void> {
  let mesaMs: number | null = null;
  let pouchMs: number | null = null;
  if (ONLY.has('initial')) mesaMs = await benchInitial();
  if (ONLY.has('pouchdb')) pouchMs = await benchPouch();
  if (mesaMs !== null && pouchMs !== null) {
    console.log(JSON.stringify({ name: 'sync.ratio_vs_pouchdb', unit: 'x', value: Math.round((pouchMs / mesaMs) * 100) / 100 }));
  }
  if (ONLY.has('push')) {
    await benchPush('sqlite');
    if (PG) await benchPush('postgres');
    else log('sync.push_postgres skipped: MESA_TEST_POSTGRES not set');
  }
  if (ONLY.has('propagation')) await benchPropagation();
  if (ONLY.has('fanout')) await benchFanout();
  if (PG && ONLY.has('initial-postgres')) await postgresBenchDatabase(PG, TICKETS, log);
  void BENCH_DATA_DIR;
}
