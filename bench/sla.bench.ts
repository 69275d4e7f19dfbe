/**
 * `npm run bench -- sla` (or `npx tsx --expose-gc bench/sla.bench.ts`): 100k open tickets, 10 calendars
 * in 5 time zones with holidays, 43 policies, histories with pauses; seed 42.
 *   sla.recompute_all      every clock recomputed (explain off, as the engine does), median of 5 runs
 *   sla.recompute_all_explained  the same with the explanation built (what the ticket panel asks for)
 *   sla.engine_start       engine start: bulk load from SQLite + every clock + heap (informative)
 *   sla.replan_one         engine.ticketChanged(id) on random tickets: SQLite read + clock + heap
 *   sla.engine_memory      heap retained by the engine after start (after a forced GC)
 * Prints JSON lines; asserts nothing.
 */
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createSeededIdGenerator } from '../src/shared/domain/ids';
import { createPrng } from '../src/shared/demo/prng';
import { compileCalendar, slaClock } from '../src/shared/sla/index';
import type { CompiledCalendar } from '../src/shared/sla/index';
import { createFrozenClock } from '../src/main/services/clock';
import { createRecordingNotifier } from '../src/main/services/notifier';
import { createSlaEngine } from '../src/main/sla/sla-engine';
import { migrateToLatest } from '../src/main/store/migrate';
import { openDatabase } from '../src/main/store/open-database';
import { saveSlaCalendar, saveSlaContract, saveSlaPolicies } from '../src/main/store/queries/sla-config';
import type { SlaBenchData } from './sla-data';
import { BENCH_NOW, generateSlaBenchData } from './sla-data';

const SEED = 42;
const TICKETS = 100_000;

function print(line: Record<string, unknown>): void {
  console.log(JSON.stringify(line));
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

const round = (value: number, digits = 3): number => Number(value.toFixed(digits));

/** `global.gc` when node ran with --expose-gc; otherwise the flag is turned on now (npm run bench). */
function garbageCollector(): (() => void) | null {
  const exposed = (globalThis as { gc?: () => void }).gc;
  if (typeof exposed === 'function') return exposed;
  try {
    setFlagsFromString('--expose-gc');
    return runInNewContext('gc') as () => void;
  } catch {
    return null;
  }
}
const gc = garbageCollector();

function collectGarbage(): void {
  gc?.();
}

function recomputeAll(data: SlaBenchData, compiled: Map<string, CompiledCalendar>, explain: boolean): number {
  const started = performance.now();
  let checksum = 0;
  for (const { ticket, events } of data.tickets) {
    const clock = slaClock(
      {
        ticket,
        events,
        policies: data.policies,
        calendars: compiled,
        contract: data.contractsByOrganization.get(ticket.organizationId) ?? null,
        now: data.now,
      },
      { explain },
    );
    if (clock.nextDueAt !== null) checksum += 1;
  }
  if (checksum < 0) throw new Error('unreachable');
  return performance.now() - started;
}

function measureRecompute(data: SlaBenchData, compiled: Map<string, CompiledCalendar>, explain: boolean): number {
  recomputeAll(data, compiled, explain); // warm-up: calendar chunks and policy selections get cached
  const runs = Array.from({ length: 5 }, () => recomputeAll(data, compiled, explain)).sort((a, b) => a - b);
  return runs[2]!;
}

async function seedStore(data: SlaBenchData) {
  const store = openDatabase(':memory:');
  await migrateToLatest(store.db);
  const insertTicket = store.sqlite.prepare(`INSERT INTO tickets (id, provisional_number, type, title, description,
    requester_id, organization_id, area_id, channel, category_id, impact, urgency, priority, status, assignee_id,
    group_id, level, tags_json, created_at, updated_at, version)
    VALUES (?, ?, ?, 'Bench ticket', '', ?, ?, ?, 'email', NULL, 'medium', 'medium', ?, ?, ?, ?, 'N1', '[]', ?, ?, 1)`);
  const insertEvent = store.sqlite.prepare(`INSERT INTO ticket_events (id, ticket_id, actor_id, device_id, at,
    offline, kind, data_json) VALUES (?, ?, ?, ?, ?, 0, ?, ?)`);
  store.sqlite.transaction(() => {
    for (const { ticket, events } of data.tickets) {
      insertTicket.run(ticket.id, `~${ticket.id}`, ticket.type, ticket.requesterId, ticket.organizationId, ticket.areaId,
        ticket.priority, ticket.status, ticket.assigneeId, ticket.groupId, ticket.createdAt, ticket.createdAt);
      for (const e of events) insertEvent.run(e.id, e.ticketId, e.actorId, e.deviceId, e.at, e.data.kind, JSON.stringify(e.data));
    }
  })();
  for (const [id, calendar] of data.calendars) await saveSlaCalendar(store.db, id, calendar, BENCH_NOW);
  await saveSlaPolicies(store.db, data.policies, BENCH_NOW);
  for (const contract of data.contractsByOrganization.values()) await saveSlaContract(store.db, contract, BENCH_NOW);
  return store;
}

export async function run(): Promise<void> {
  const data = generateSlaBenchData({ seed: SEED, tickets: TICKETS });
  const compiled = new Map([...data.calendars].map(([id, calendar]) => [id, compileCalendar(calendar)]));

  const lean = measureRecompute(data, compiled, false);
  print({ name: 'sla.recompute_all', unit: 'ms', value: round(lean, 1), tickets: TICKETS, perTicketUs: round((lean * 1000) / TICKETS, 2) });
  const explained = measureRecompute(data, compiled, true);
  print({ name: 'sla.recompute_all_explained', unit: 'ms', value: round(explained, 1), tickets: TICKETS });

  const store = await seedStore(data);
  const clock = createFrozenClock(BENCH_NOW);
  // Nobody at this bench workstation is concerned by any ticket: the figures are the planning, not the
  // notifications.
  const engine = createSlaEngine({
    db: store.db,
    clock,
    notifier: createRecordingNotifier(),
    viewer: { agentId: 'bench-viewer', groupIds: [], role: 'agent' },
    settings: { repeatIntervalMinutes: 10, doNotDisturb: false },
    deviceId: 'bench',
    newId: createSeededIdGenerator(SEED),
    timers: { setTimeout: () => null, clearTimeout: () => undefined },
  });
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const startAt = performance.now();
  await engine.start();
  print({ name: 'sla.engine_start', unit: 'ms', value: round(performance.now() - startAt, 1), tickets: engine.stats().tickets, planned: engine.stats().planned });
  collectGarbage();
  const retained = process.memoryUsage().heapUsed - heapBefore;
  print({
    name: 'sla.engine_memory',
    unit: 'MB',
    value: round(retained / 1024 / 1024, 1),
    exact: gc !== null,
  });

  const prng = createPrng(SEED + 1);
  const samples: number[] = [];
  for (let i = 0; i < 2200; i++) {
    const { ticket } = prng.pick(data.tickets);
    const started = performance.now();
    await engine.ticketChanged(ticket.id);
    if (i >= 200) samples.push(performance.now() - started); // the first 200 warm the JIT
  }
  samples.sort((a, b) => a - b);
  print({ name: 'sla.replan_one', unit: 'ms', p50: round(percentile(samples, 50)), p95: round(percentile(samples, 95)), n: samples.length });
  engine.stop();
  await store.close();
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
