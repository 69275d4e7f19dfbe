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

  async flush(db: Kysely<ServerDatabase>, nowIso: string): Promise<FlushedChanges | null> {
    const changes = [...this.changes.values()];
    this.changes.clear();
    if (changes.length === 0) return null;
    const lastSeq = await takeFromCounter(db, 'change_seq', changes.length);
    const firstSeq = lastSeq - changes.length + 1;
    const logRows = changes.map((c, i) => ({
      seq: firstSeq + i,
      scopes_json: JSON.stringify(c.currentScopes),
      table_name: c.table,
      pk: c.pk,
      op: c.op,
      row_json: c.row === null ? null : JSON.stringify(c.row),
      created_at: nowIso,
    }));
    await db.insertInto('change_log').values(logRows).execute();
    const scopeRows = changes.flatMap((c, i) =>
      [...new Set(c.scopes)].map((scope) => ({ scope, seq: firstSeq + i })),
    );
    if (scopeRows.length > 0) await db.insertInto('change_log_scopes').values(scopeRows).execute();
    return { firstSeq, lastSeq };
  }
}
