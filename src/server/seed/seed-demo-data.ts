import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import { generateDemoData, type TicketBundle } from '../../shared/demo';
import { createUser, findUserByEmail } from '../auth/user-accounts';
import { DEFAULT_PASSWORD_COST, type PasswordHashingCost } from '../auth/password';
import { takeFromCounter } from '../db/counters';
import { commentToRow, eventFromRow, eventToRow, ticketToRow } from '../db/rows/ticket-rows';
import type { ServerDatabase } from '../db/schema';
import { writeReferenceData } from '../reference/write-reference-data';
import { writeWorkflowReference } from '../reference/write-workflow-reference';
import { DEMO_CHECKLIST_TEMPLATES } from '../../shared/demo/checklists';
import type { SyncedTable } from '../sync/change-log/change-recorder';
import { isStaffOnlyEvent } from '../sync/event-visibility';
import { ticketScopes, withoutRequesterScopes, type Scope } from '../sync/scopes';

/** The demo accounts' password (every demo agent signs in with its email and this). */
export const DEMO_PASSWORD_DEFAULT = 'mesa-demo-password';

export interface SeedDemoOptions {
  seed?: number;
  ticketCount?: number;
  /** ISO instant the demo history ends at. Default: now. */
  now?: string;
  /** Password of the demo agents' accounts; null creates no accounts. */
  password?: string | null;
  passwordCost?: PasswordHashingCost;
  /** Tickets per transaction. */
  batchSize?: number;
  onProgress?: (done: number, total: number) => void;
}

export interface SeedDemoResult {
  tickets: number;
  comments: number;
  events: number;
  changes: number;
  ms: number;
}

/** Options from the environment (npm run server): MESA_SEED, MESA_SEED_TICKETS, MESA_DEMO_PASSWORD. */
function optionsFromEnv(env: NodeJS.ProcessEnv): SeedDemoOptions {
  const int = (v: string | undefined) => (v && /^\d+$/.test(v) ? Number(v) : undefined);
  return {
    seed: int(env.MESA_SEED),
    ticketCount: int(env.MESA_SEED_TICKETS),
    password: env.MESA_DEMO_PASSWORD ?? DEMO_PASSWORD_DEFAULT,
  };
}

interface LogRow {
  table: SyncedTable;
  pk: string;
  row: unknown;
  scopes: Scope[];
}

/** Multi-row inserts in chunks that stay under both dialects' bound-parameter limits. */
async function insertChunked<T extends keyof ServerDatabase>(
  trx: Kysely<ServerDatabase>,
  table: T,
  rows: ReadonlyArray<Record<string, unknown>>,
): Promise<void> {
  if (rows.length === 0) return;
  const columns = Object.keys(rows[0] ?? {}).length || 1;
  const perChunk = Math.max(1, Math.floor(30_000 / columns));
  for (let i = 0; i < rows.length; i += perChunk) {
    await trx
      .insertInto(table)
      .values(rows.slice(i, i + perChunk) as never)
      .execute();
  }
}

/**
 * Writes one batch of demo tickets in one transaction through the server's own tables, exactly as a
 * push would leave them: ticket rows and their current scopes, comments, events (server stamp:
 * no client claim, staff-only flag), and one change-log row per row with its delivery scopes, seqs
 * taken from the change_seq counter at the end (commit order). Bulk inserts instead of the mutators:
 * 100k tickets through applyMutation would take minutes.
 */
async function writeTicketBatch(db: Kysely<ServerDatabase>, bundles: TicketBundle[], nowIso: string) {
  return db.transaction().execute(async (trx) => {
    const tickets = [];
    const scopes = [];
    const comments = [];
    const events = [];
    const log: LogRow[] = [];
    for (const { ticket, events: ticketEvents, comments: ticketComments } of bundles) {
      const current = ticketScopes(ticket);
      tickets.push(ticketToRow(ticket));
      for (const scope of current) scopes.push({ ticket_id: ticket.id, scope });
      log.push({ table: 'tickets', pk: ticket.id, row: ticket, scopes: current });
      for (const c of ticketComments) {
        comments.push(commentToRow(c));
        log.push({
          table: 'comments',
          pk: c.id,
          row: c,
          scopes: c.visibility === 'internal' ? withoutRequesterScopes(current) : current,
        });
      }
      for (const e of ticketEvents) {
        const staffOnly = isStaffOnlyEvent(e.data);
        const row = eventToRow(e, { clientAt: null, timeCorrected: false, staffOnly });
        events.push(row);
        log.push({
          table: 'ticket_events',
          pk: e.id,
          row: eventFromRow(row),
          scopes: staffOnly ? withoutRequesterScopes(current) : current,
        });
      }
    }
    await insertChunked(trx, 'tickets', tickets);
    await insertChunked(trx, 'ticket_scopes', scopes);
    await insertChunked(trx, 'comments', comments);
    await insertChunked(trx, 'ticket_events', events);
    const lastSeq = await takeFromCounter(trx, 'change_seq', log.length);
    const firstSeq = lastSeq - log.length + 1;
    await insertChunked(
      trx,
      'change_log',
      log.map((c, i) => ({
        seq: firstSeq + i,
        scopes_json: JSON.stringify(c.scopes),
        table_name: c.table,
        pk: c.pk,
        op: 'upsert',
        row_json: JSON.stringify(c.row),
        created_at: nowIso,
      })),
    );
    await insertChunked(
      trx,
      'change_log_scopes',
      log.flatMap((c, i) => [...new Set(c.scopes)].map((scope) => ({ scope, seq: firstSeq + i }))),
    );
    // Numbers come from the generator (MS-10001… in creation order): keep the counter past them.
    const highest = Math.max(...bundles.map((b) => Number(b.ticket.number?.slice(3) ?? 0)));
    await trx
      .updateTable('counters')
      .set({ value: highest })
      .where('name', '=', 'ticket_number')
      .where('value', '<', highest)
      .execute();
    return { comments: comments.length, events: events.length, changes: log.length };
  });
}

/**
 * Seeds the deterministic demo desk (src/shared/demo) into an empty server database: reference data
 * through writeReferenceData (logged with scope `staff`), one account per demo agent, then the
 * tickets with their comments and events in batches, each with its change-log rows, so a fresh
 * client's snapshot and a catch-up from seq 0 both see them.
 */
export async function seedDemoDatabase(
  db: Kysely<ServerDatabase>,
  options: SeedDemoOptions = {},
): Promise<SeedDemoResult> {
  const started = performance.now();
  const demo = generateDemoData({
    seed: options.seed ?? 42,
    ticketCount: options.ticketCount ?? 3000,
    now: options.now ?? new Date().toISOString(),
  });
  const nowIso = options.now ?? new Date().toISOString();
  await writeReferenceData(db, demo.reference, Date.parse(nowIso));
  // Diagnosis checklists (the default resolution codes come with the migration).
  await writeWorkflowReference(db, { templates: DEMO_CHECKLIST_TEMPLATES }, Date.parse(nowIso));
  const password = options.password === undefined ? DEMO_PASSWORD_DEFAULT : options.password;
  if (password !== null) {
    for (const agent of demo.reference.agents) {
      if (await findUserByEmail(db, agent.email)) continue;
      await createUser(
        db,
        { email: agent.email, password, role: agent.role, agentId: agent.id },
        options.passwordCost ?? DEFAULT_PASSWORD_COST,
      );
    }
  }
  const batchSize = options.batchSize ?? 1000;
  const result: SeedDemoResult = { tickets: 0, comments: 0, events: 0, changes: 0, ms: 0 };
  let batch: TicketBundle[] = [];
  const flush = async () => {
    if (batch.length === 0) return;
    const written = await writeTicketBatch(db, batch, nowIso);
    result.tickets += batch.length;
    result.comments += written.comments;
    result.events += written.events;
    result.changes += written.changes;
    batch = [];
    options.onProgress?.(result.tickets, demo.ticketCount);
  };
  for (const bundle of demo.tickets) {
    batch.push(bundle);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  result.ms = performance.now() - started;
  return result;
}

/**
 * Called once, on an empty database (no organizations), when the server starts with demo seeding on.
 * Size and seed come from MESA_SEED_TICKETS (default 3000) and MESA_SEED (default 42); the demo
 * agents sign in with their email and MESA_DEMO_PASSWORD (default `mesa-demo-password`).
 */
export async function seedDemoData(
  db: Kysely<ServerDatabase>,
  log: FastifyBaseLogger,
  options: SeedDemoOptions = optionsFromEnv(process.env),
): Promise<void> {
  const result = await seedDemoDatabase(db, options);
  log.info({ ...result, ms: Math.round(result.ms) }, 'demo data seeded');
}

export async function isDatabaseEmpty(db: Kysely<ServerDatabase>): Promise<boolean> {
  const row = await db.selectFrom('organizations').select('id').limit(1).executeTakeFirst();
  return row === undefined;
}
