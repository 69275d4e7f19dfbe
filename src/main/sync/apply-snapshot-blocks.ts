import { CompiledQuery, type Transaction } from 'kysely';
import { SNAPSHOT_COLUMNS, type CompactTable } from '../../shared/sync/snapshot-columns';
import type { Database } from '../store/schema';
import { TransientSyncError } from './sync-http';

/** Local columns, in SNAPSHOT_COLUMNS order (the compact values are the stored ones). */
const LOCAL_COLUMNS: Record<CompactTable, readonly string[]> = {
  tickets: [
    'id', 'number', 'provisional_number', 'type', 'title', 'description', 'requester_id', 'organization_id',
    'area_id', 'channel', 'category_id', 'impact', 'urgency', 'priority', 'status', 'assignee_id', 'group_id',
    'level', 'problem_id', 'tags_json', 'created_at', 'updated_at', 'resolved_at', 'closed_at', 'sla_due_at', 'version',
  ],
  comments: ['id', 'ticket_id', 'author_id', 'body', 'visibility', 'created_at'],
  ticket_events: [
    'id', 'ticket_id', 'actor_id', 'device_id', 'at', 'offline', 'kind', 'data_json', 'client_at', 'time_corrected',
  ],
};

/** Rows per INSERT statement: far under SQLite's 32 766 parameters, and one cached statement per table. */
const ROWS_PER_STATEMENT: Record<CompactTable, number> = { tickets: 400, comments: 1000, ticket_events: 1000 };

function insertSql(table: CompactTable, rows: number): string {
  const columns = LOCAL_COLUMNS[table];
  const tuple = `(${columns.map(() => '?').join(',')})`;
  const values = Array.from({ length: rows }, () => tuple).join(',');
  // Tickets are upserted (their local `seq`, the search rowid, is kept); comments and events are
  // immutable: an id already here stays as it is (same rule as apply-server-changes.ts).
  const conflict =
    table === 'tickets'
      ? `ON CONFLICT (id) DO UPDATE SET ${columns
          .filter((c) => c !== 'id')
          .map((c) => `${c} = excluded.${c}`)
          .join(', ')}`
      : 'ON CONFLICT (id) DO NOTHING';
  return `INSERT INTO ${table} (${columns.join(', ')}) VALUES ${values} ${conflict}`;
}

const STRING_KEYS = new Set(['id', 'ticketId']);

/**
 * Writes compact snapshot blocks (docs/sync.md, "Compact snapshot pages") with multi-row INSERTs on
 * the page's transaction. The header must be exactly the agreed column list and every row as long
 * as it, with string ids: a server of another version fails loudly instead of writing garbage.
 * Returns the ticket ids touched.
 */
export interface WireSnapshotBlock {
  table: CompactTable;
  columns: readonly string[];
  rows: readonly unknown[];
}

export async function applySnapshotBlocks(trx: Transaction<Database>, blocks: readonly WireSnapshotBlock[]): Promise<Set<string>> {
  const touched = new Set<string>();
  for (const block of blocks) {
    const expected = SNAPSHOT_COLUMNS[block.table] as readonly string[] | undefined;
    if (!expected || block.columns.length !== expected.length || block.columns.some((c, i) => c !== expected[i])) {
      throw new TransientSyncError(`/api/sync/pull: unexpected snapshot columns for ${String(block.table)}`);
    }
    const width = expected.length;
    const ticketAt = block.table === 'tickets' ? 0 : 1;
    const perStatement = ROWS_PER_STATEMENT[block.table];
    for (let start = 0; start < block.rows.length; start += perStatement) {
      const chunk = block.rows.slice(start, start + perStatement);
      const params: unknown[] = [];
      for (const row of chunk) {
        if (!Array.isArray(row) || row.length !== width) throw new TransientSyncError(`/api/sync/pull: malformed ${block.table} snapshot row`);
        for (const [i, key] of expected.entries()) {
          if (STRING_KEYS.has(key) && typeof row[i] !== 'string') throw new TransientSyncError(`/api/sync/pull: malformed ${block.table} snapshot row`);
        }
        touched.add(row[ticketAt] as string);
        for (const value of row) params.push(value);
      }
      await trx.executeQuery(CompiledQuery.raw(insertSql(block.table, chunk.length), params));
    }
  }
  return touched;
}
