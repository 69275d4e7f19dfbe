/**
 * Local ticket store figures on a 100k-ticket file database (fixed seed, bench/.data/):
 * queue pages, search, ticket detail, one mutation commit, bulk insert.
 */
import type { Database as SqliteDatabase } from 'better-sqlite3';
import { join } from 'node:path';
import { QUEUE_VIEWS, type QueueFilters, type QueueSort } from '../src/shared/api/queue-schemas';
import { createSeededIdGenerator } from '../src/shared/domain/ids';
import { DEFAULT_PRIORITY_MATRIX } from '../src/shared/domain/priority';
import type { MutationContext } from '../src/shared/sync/mutation-tx';
import { applyLocalMutation } from '../src/main/store/apply-local-mutation';
import {
  clearQueueTotals,
  findQueuePage,
  getTicketDetail,
  searchTickets,
  type QueuePageParsed,
  type QueueScope,
} from '../src/main/store/queries';
import { printDistribution, printValue, timeMs } from './bench-stats';
import { BENCH_DATA_DIR, BENCH_NOW, openBenchStore, seedFreshFile } from './store-bench-data';

const SPEC = { seed: 20261126, ticketCount: 100_000 };
const BULK_SPEC = { seed: 7, ticketCount: 25_000 };
const SCOPES: QueueScope[] = [
  { agentId: 'agent-demo', groupIds: ['group-n1'] },
  { agentId: 'agent-peter', groupIds: ['group-n2-apps', 'group-n2-field'] },
];
const NO_FILTERS: QueueFilters = { statuses: [], priorities: [], categoryIds: [], channels: [], organizationIds: [] };
const FILTERS: QueueFilters[] = [
  NO_FILTERS,
  { ...NO_FILTERS, priorities: ['P1', 'P2'] },
  { ...NO_FILTERS, statuses: ['new'] },
  { ...NO_FILTERS, categoryIds: ['cat-hw'] },
  { ...NO_FILTERS, channels: ['email'], organizationIds: ['org-andina'] },
];
const SORTS: QueueSort[] = (['priority', 'age', 'sla_due'] as const).flatMap((by) =>
  (['asc', 'desc'] as const).map((direction) => ({ by, direction })),
);
const OFFSETS = [0, 2000];
/**
 * Tickets changed by the mutation figure (a comment and a status change each, the first ten are
 * warm-up): 500 commits, enough that the WAL checkpoints some commits run (every ~180 at
 * wal_autocheckpoint = 4000) are in the distribution (see p99 and max).
 */
const MUTATION_TARGETS = 260;
const SEARCHES = ['impresora', 'VPN', 'contraseña', 'contrasena bloqueada', 'Outlook', 'printer jam', 'impr',
  'no conecta', 'excel', 'error ERP'];

function queueInputs(): Array<{ scope: QueueScope; input: QueuePageParsed }> {
  const inputs: Array<{ scope: QueueScope; input: QueuePageParsed }> = [];
  for (const scope of SCOPES)
    for (const view of QUEUE_VIEWS)
      for (const sort of SORTS)
        for (const filters of FILTERS)
          for (const offset of OFFSETS) inputs.push({ scope, input: { view, sort, filters, offset, limit: 100 } });
  return inputs;
}

export async function run(): Promise<void> {
  const { store, reused } = await openBenchStore(SPEC);
  const { db, sqlite } = store;
  const counts = sqlite
    .prepare(`SELECT (SELECT count(*) FROM tickets) AS tickets, (SELECT count(*) FROM ticket_events) AS events,
      (SELECT count(*) FROM comments) AS comments`)
    .get();
  console.error(`store: ${JSON.stringify(counts)} (${reused ? 'reused' : 'generated'} ${join(BENCH_DATA_DIR)})`);

  // Queue pages, cold: the total is counted on every call (what a new view/filter/sort costs).
  const inputs = queueInputs();
  for (const { scope, input } of inputs) await findQueuePage(db, scope, input); // warm-up
  const cold: number[] = [];
  const warm: number[] = [];
  for (let round = 0; round < 3; round += 1) {
    for (const { scope, input } of inputs) {
      clearQueueTotals(db);
      cold.push(await timeMs(() => findQueuePage(db, scope, input)));
      warm.push(await timeMs(() => findQueuePage(db, scope, input)));
    }
  }
  printDistribution('store.queue_query', cold);
  printDistribution('store.queue_query_cached_total', warm);

  for (const q of SEARCHES) await searchTickets(db, q, 50);
  const search: number[] = [];
  for (let round = 0; round < 20; round += 1) for (const q of SEARCHES) search.push(await timeMs(() => searchTickets(db, q, 50)));
  printDistribution('store.search', search);

  const ids = (sqlite.prepare('SELECT id FROM tickets WHERE seq % 250 = 7').all() as Array<{ id: string }>).map((r) => r.id);
  for (const id of ids.slice(0, 50)) await getTicketDetail(db, id);
  const detail: number[] = [];
  for (const id of ids) detail.push(await timeMs(() => getTicketDetail(db, id)));
  printDistribution('store.ticket_detail', detail);

  await benchMutations(store.db, sqlite);
  await store.close();

  const bulkFile = join(BENCH_DATA_DIR, 'bulk-insert.db');
  const cpuBefore = process.cpuUsage();
  const { store: bulk, result } = await seedFreshFile(bulkFile, BULK_SPEC);
  const cpu = process.cpuUsage(cpuBefore);
  await bulk.close();
  printValue('store.bulk_insert', 'rows/s', result.rows / (result.ms / 1000));
  printValue('store.bulk_insert_cpu', 'rows/cpu-s', result.rows / ((cpu.user + cpu.system) / 1e6));
  console.error(`bulk insert: ${result.rows} rows (${result.tickets} tickets) in ${Math.round(result.ms)} ms`);
}

async function benchMutations(db: Parameters<typeof applyLocalMutation>[0], sqlite: SqliteDatabase): Promise<void> {
  const newId = createSeededIdGenerator(Date.now() >>> 0, Date.now());
  const ctx: MutationContext = {
    actorId: 'agent-demo', actorRole: 'agent', deviceId: 'device-bench', now: BENCH_NOW, offline: false,
    newId, priorityMatrix: DEFAULT_PRIORITY_MATRIX,
  };
  const targets = sqlite
    .prepare(`SELECT id, status FROM tickets WHERE status IN ('in_progress', 'pending_requester') ORDER BY seq DESC LIMIT ${MUTATION_TARGETS}`)
    .all() as Array<{ id: string; status: string }>;
  const samples: number[] = [];
  for (const [i, target] of targets.entries()) {
    const comment = () =>
      applyLocalMutation(db, ctx, 'ticket.comment', {
        ticketId: target.id, commentId: newId(), body: 'Seguimiento: el usuario confirma que la impresora ya imprime.',
        visibility: 'public',
      });
    const to = target.status === 'in_progress' ? 'pending_requester' : 'in_progress';
    const setStatus = () => applyLocalMutation(db, ctx, 'ticket.setStatus', { ticketId: target.id, to, reason: null });
    const ms = [await timeMs(comment), await timeMs(setStatus)];
    if (i >= 10) samples.push(...ms); // the first ten are warm-up
  }
  printDistribution('store.mutation_commit', samples);
}
