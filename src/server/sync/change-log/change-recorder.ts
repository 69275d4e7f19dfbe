import type { Kysely } from 'kysely';
import { takeFromCounter } from '../../db/counters';
import type { ServerDatabase } from '../../db/schema';
import { unionScopes, type Scope } from '../scopes';

export const SYNCED_TABLES = [
  'organizations',
  'areas',
  'requesters',
  'groups',
  'agents',
  'categories',
  'tickets',
  'comments',
  'ticket_events',
  // Workflow reference data (docs/workflow.md), scope `staff`; appended so snapshot cursors stay valid.
  'checklist_templates',
  'resolution_codes',
] as const;
export type SyncedTable = (typeof SYNCED_TABLES)[number];

export interface PendingChange {
  table: SyncedTable;
  pk: string;
  op: 'upsert' | 'delete';
  /** The row in its domain shape (what clients apply), null for deletes. */
  row: unknown;
  /** Who receives this change: the row's scopes before and after the write (so leavers learn it left). */
  scopes: Scope[];
  /** The row's scopes after the write: a receiver outside them gets the change with visible=false. */
  currentScopes: Scope[];
}

export interface FlushedChanges {
  firstSeq: number;
  lastSeq: number;
}

/**
 * Collects the change-log rows of one transaction and writes them at its end. Two writes of the
 * same row collapse into one entry (latest row, union of scopes) at the position of the first,
 * so a ticket always precedes its events. Seqs are taken last, to hold the counter lock briefly.
 */
export class ChangeRecorder {
  private readonly changes = new Map<string, PendingChange>();

  record(change: PendingChange): void {
    const key = `${change.table}\u0000${change.pk}`;
    const previous = this.changes.get(key);
    this.changes.set(
      key,
      previous ? { ...change, scopes: unionScopes(previous.scopes, change.scopes) } : change,
    );
  }

  get size(): number {
    return this.changes.size;
  }

  /** Takes the collected changes (in first-write order) without writing them. */
  drain(): PendingChange[] {
    const changes = [...this.changes.values()];
    this.changes.clear();
    return changes;
  }

  async flush(db: Kysely<ServerDatabase>, nowIso: string): Promise<FlushedChanges | null> {
    const [range] = await writeChangeLog(db, [this.drain()], nowIso);
    return range ?? null;
  }
}

const INSERT_CHUNK = 500;

/**
 * Writes several groups of changes (e.g. the mutations of one pushed batch, in order) with ONE take
 * from the seq counter, at the end of the transaction: the counter lock (commit order on PostgreSQL)
 * is held only from here to the commit. Returns each group's seq range (null for an empty group).
 */
export async function writeChangeLog(
  db: Kysely<ServerDatabase>,
  groups: ReadonlyArray<readonly PendingChange[]>,
  nowIso: string,
): Promise<Array<FlushedChanges | null>> {
  const total = groups.reduce((n, g) => n + g.length, 0);
  if (total === 0) return groups.map(() => null);
  const lastSeq = await takeFromCounter(db, 'change_seq', total);
  let next = lastSeq - total + 1;
  const ranges: Array<FlushedChanges | null> = [];
  const logRows: Array<{
    seq: number;
    scopes_json: string;
    table_name: string;
    pk: string;
    op: string;
    row_json: string | null;
    created_at: string;
  }> = [];
  const scopeRows: Array<{ scope: string; seq: number }> = [];
  for (const changes of groups) {
    if (changes.length === 0) {
      ranges.push(null);
      continue;
    }
    ranges.push({ firstSeq: next, lastSeq: next + changes.length - 1 });
    for (const c of changes) {
      const seq = next++;
      logRows.push({
        seq,
        scopes_json: JSON.stringify(c.currentScopes),
        table_name: c.table,
        pk: c.pk,
        op: c.op,
        row_json: c.row === null ? null : JSON.stringify(c.row),
        created_at: nowIso,
      });
      for (const scope of new Set(c.scopes)) scopeRows.push({ scope, seq });
    }
  }
  for (let i = 0; i < logRows.length; i += INSERT_CHUNK)
    await db.insertInto('change_log').values(logRows.slice(i, i + INSERT_CHUNK)).execute();
  for (let i = 0; i < scopeRows.length; i += INSERT_CHUNK)
    await db.insertInto('change_log_scopes').values(scopeRows.slice(i, i + INSERT_CHUNK)).execute();
  return ranges;
}
