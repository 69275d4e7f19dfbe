import { createHash } from 'node:crypto';
import type { StoreHandle } from '../../../src/main/store/open-database';
import { commentFromRow, eventFromRow, ticketFromRow } from '../../../src/main/store/ticket-rows';

/** JSON with object keys sorted, so equal rows hash equal whatever order their fields came in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.sort(([a], [b]) => a.localeCompare(b)).map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** A stable hash of rows keyed by id, whatever order they were stored in. */
export function hashRows(rows: Array<{ id: string }>): string {
  const sorted = [...rows].sort((a, b) => a.id.localeCompare(b.id));
  return createHash('sha256').update(canonical(sorted)).digest('hex');
}

/** The desk's tickets, comments and events in the shared domain shape (what the server sends). */
export async function localView(store: StoreHandle) {
  const tickets = (await store.db.selectFrom('tickets').selectAll().execute()).map(ticketFromRow);
  const comments = (await store.db.selectFrom('comments').selectAll().execute()).map(commentFromRow);
  const events = (await store.db.selectFrom('ticket_events').selectAll().execute()).map(eventFromRow);
  return { tickets, comments, events: events.map(normalizeEvent) };
}

/** Server events always carry clientAt/timeCorrected; local rows leave them out when empty. */
export function normalizeEvent<T extends { id: string; clientAt?: string | null; timeCorrected?: boolean }>(event: T) {
  return { ...event, clientAt: event.clientAt ?? null, timeCorrected: event.timeCorrected ?? false };
}

export function integrityCheck(store: StoreHandle): string {
  return (store.sqlite.pragma('integrity_check', { simple: true }) as string) ?? '';
}
