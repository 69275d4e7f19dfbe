import type { ExpressionBuilder, Kysely } from 'kysely';
import {
  agentFromRow,
  areaFromRow,
  categoryFromRow,
  groupFromRow,
  organizationFromRow,
  requesterFromRow,
} from '../../db/rows/reference-rows';
import { commentFromRow, eventFromRow, ticketFromRow } from '../../db/rows/ticket-rows';
import type { ServerDatabase } from '../../db/schema';
import type { SyncedTable } from '../change-log/change-recorder';
import { OPEN_TICKET_STATUSES } from '../../../shared/sync/snapshot-columns';
import { STAFF, TEAM_ALL, withoutRequesterScopes } from '../scopes';
import { readChecklistTemplates, readResolutionCodes } from './workflow-snapshot';

export interface SnapshotRow {
  pk: string;
  row: unknown;
}

export interface SnapshotScopes {
  all: string[];
  /** The caller's scopes that may see internal rows (none for a requester). */
  staff: string[];
  /** Only open tickets (and their comments and events): a fresh desk's first pass. */
  openOnly?: boolean;
}

export function snapshotScopes(scopes: Iterable<string>, openOnly = false): SnapshotScopes {
  const all = [...scopes];
  return { all, staff: withoutRequesterScopes(all), openOnly };
}

/** A row of the compact format: the values in SNAPSHOT_COLUMNS order (src/shared/sync/snapshot-columns.ts). */
export interface CompactRow {
  pk: string;
  values: unknown[];
}

type CompactReader = (
  db: Kysely<ServerDatabase>,
  scopes: SnapshotScopes,
  afterPk: string,
  limit: number,
) => Promise<CompactRow[]>;

type Reader = (
  db: Kysely<ServerDatabase>,
  scopes: SnapshotScopes,
  afterPk: string,
  limit: number,
) => Promise<SnapshotRow[]>;

const ticketInScopes = (scopes: string[]) => (eb: ExpressionBuilder<ServerDatabase, 'tickets'>) =>
  eb.exists(
    eb
      .selectFrom('ticket_scopes')
      .select('ticket_scopes.scope')
      .whereRef('ticket_scopes.ticket_id', '=', 'tickets.id')
      .where('ticket_scopes.scope', 'in', scopes),
  );

/** Reference data goes to desk users only (scope `staff`), like its change-log rows. */
function referenceReader<T extends 'organizations' | 'areas' | 'requesters' | 'groups' | 'categories'>(
  table: T,
  map: (row: never) => unknown,
): Reader {
  return async (db, scopes, afterPk, limit) => {
    if (!scopes.all.includes(STAFF)) return [];
    const rows = await (db as unknown as Kysely<{ reference: { id: string } }>)
      .selectFrom(table as 'reference')
      .selectAll()
      .where('id', '>', afterPk)
      .orderBy('id')
      .limit(limit)
      .execute();
    return rows.map((r) => ({ pk: r.id, row: map(r as never) }));
  };
}

const readAgents: Reader = async (db, scopes, afterPk, limit) => {
  if (!scopes.all.includes(STAFF)) return [];
  const rows = await db
    .selectFrom('agents')
    .selectAll()
    .where('id', '>', afterPk)
    .orderBy('id')
    .limit(limit)
    .execute();
  if (rows.length === 0) return [];
  const memberships = await db
    .selectFrom('agent_groups')
    .selectAll()
    .where(
      'agent_id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
  return rows.map((r) => ({
    pk: r.id,
    row: agentFromRow(
      r,
      memberships.filter((m) => m.agent_id === r.id).map((m) => m.group_id),
    ),
  }));
};

const readTickets: Reader = async (db, scopes, afterPk, limit) => {
  if (scopes.all.length === 0) return [];
  const rows = await db
    .selectFrom('tickets')
    .selectAll()
    .where(ticketInScopes(scopes.all))
    .$if(scopes.openOnly === true, (qb) => qb.where('status', 'in', [...OPEN_TICKET_STATUSES]))
    .where('id', '>', afterPk)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ pk: r.id, row: ticketFromRow(r) }));
};

const readComments: Reader = async (db, scopes, afterPk, limit) => {
  if (scopes.all.length === 0) return [];
  const rows = await db
    .selectFrom('comments')
    .innerJoin('tickets', 'tickets.id', 'comments.ticket_id')
    .selectAll('comments')
    .where(ticketInScopes(scopes.all))
    .$if(scopes.openOnly === true, (qb) => qb.where('tickets.status', 'in', [...OPEN_TICKET_STATUSES]))
    .$if(scopes.staff.length === 0, (qb) => qb.where('comments.visibility', '=', 'public'))
    .$if(scopes.staff.length > 0, (qb) =>
      qb.where((eb) => eb.or([eb('comments.visibility', '=', 'public'), ticketInScopes(scopes.staff)(eb)])),
    )
    .where('comments.id', '>', afterPk)
    .orderBy('comments.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ pk: r.id, row: commentFromRow(r) }));
};

const readEvents: Reader = async (db, scopes, afterPk, limit) => {
  if (scopes.all.length === 0) return [];
  const rows = await db
    .selectFrom('ticket_events')
    .innerJoin('tickets', 'tickets.id', 'ticket_events.ticket_id')
    .selectAll('ticket_events')
    .where(ticketInScopes(scopes.all))
    .$if(scopes.openOnly === true, (qb) => qb.where('tickets.status', 'in', [...OPEN_TICKET_STATUSES]))
    .$if(scopes.staff.length === 0, (qb) => qb.where('ticket_events.staff_only', '=', 0))
    .$if(scopes.staff.length > 0, (qb) =>
      qb.where((eb) => eb.or([eb('ticket_events.staff_only', '=', 0), ticketInScopes(scopes.staff)(eb)])),
    )
    .where('ticket_events.id', '>', afterPk)
    .orderBy('ticket_events.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ pk: r.id, row: eventFromRow(r) }));
};

const TICKET_DB_COLUMNS = [
  'id', 'number', 'provisional_number', 'type', 'title', 'description', 'requester_id', 'organization_id',
  'area_id', 'channel', 'category_id', 'impact', 'urgency', 'priority', 'status', 'assignee_id', 'group_id',
  'level', 'problem_id', 'tags_json', 'created_at', 'updated_at', 'resolved_at', 'closed_at', 'sla_due_at', 'version',
] as const;
const COMMENT_DB_COLUMNS = ['id', 'ticket_id', 'author_id', 'body', 'visibility', 'created_at'] as const;
const EVENT_DB_COLUMNS = [
  'id', 'ticket_id', 'actor_id', 'device_id', 'at', 'offline', 'kind', 'data_json', 'client_at', 'time_corrected',
] as const;

/**
 * Every ticket carries `team:all` (scopes.ts), so a caller holding it (supervisor, admin) sees every
 * ticket, comment and event: no per-row scope check, and comments/events need no join — a plain
 * primary-key range scan.
 */
const seesEverything = (scopes: SnapshotScopes): boolean => scopes.all.includes(TEAM_ALL) && scopes.openOnly !== true;

// Same filters as the object readers above, stored values straight from the row (no JSON round trip).
const compactTickets: CompactReader = async (db, scopes, afterPk, limit) => {
  if (scopes.all.length === 0) return [];
  const rows = await db
    .selectFrom('tickets')
    .select([...TICKET_DB_COLUMNS])
    .$if(!seesEverything(scopes), (qb) => qb.where(ticketInScopes(scopes.all)))
    .$if(scopes.openOnly === true, (qb) => qb.where('status', 'in', [...OPEN_TICKET_STATUSES]))
    .where('id', '>', afterPk)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    pk: r.id,
    values: TICKET_DB_COLUMNS.map((c) => (c === 'version' ? Number(r.version) : r[c])),
  }));
};

const compactComments: CompactReader = async (db, scopes, afterPk, limit) => {
  if (scopes.all.length === 0) return [];
  if (seesEverything(scopes)) {
    const all = await db
      .selectFrom('comments')
      .select([...COMMENT_DB_COLUMNS])
      .where('id', '>', afterPk)
      .orderBy('id')
      .limit(limit)
      .execute();
    return all.map((r) => ({ pk: r.id, values: COMMENT_DB_COLUMNS.map((c) => r[c]) }));
  }
  const rows = await db
    .selectFrom('comments')
    .innerJoin('tickets', 'tickets.id', 'comments.ticket_id')
    .select(COMMENT_DB_COLUMNS.map((c) => `comments.${c}` as const))
    .where(ticketInScopes(scopes.all))
    .$if(scopes.openOnly === true, (qb) => qb.where('tickets.status', 'in', [...OPEN_TICKET_STATUSES]))
    .$if(scopes.staff.length === 0, (qb) => qb.where('comments.visibility', '=', 'public'))
    .$if(scopes.staff.length > 0, (qb) =>
      qb.where((eb) => eb.or([eb('comments.visibility', '=', 'public'), ticketInScopes(scopes.staff)(eb)])),
    )
    .where('comments.id', '>', afterPk)
    .orderBy('comments.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ pk: r.id, values: COMMENT_DB_COLUMNS.map((c) => r[c]) }));
};

const eventValues = (r: Record<(typeof EVENT_DB_COLUMNS)[number], unknown>): unknown[] =>
  EVENT_DB_COLUMNS.map((c) => (c === 'offline' || c === 'time_corrected' ? Number(r[c]) : r[c]));

const compactEvents: CompactReader = async (db, scopes, afterPk, limit) => {
  if (scopes.all.length === 0) return [];
  if (seesEverything(scopes)) {
    const all = await db
      .selectFrom('ticket_events')
      .select([...EVENT_DB_COLUMNS])
      .where('id', '>', afterPk)
      .orderBy('id')
      .limit(limit)
      .execute();
    return all.map((r) => ({ pk: r.id, values: eventValues(r) }));
  }
  const rows = await db
    .selectFrom('ticket_events')
    .innerJoin('tickets', 'tickets.id', 'ticket_events.ticket_id')
    .select(EVENT_DB_COLUMNS.map((c) => `ticket_events.${c}` as const))
    .where(ticketInScopes(scopes.all))
    .$if(scopes.openOnly === true, (qb) => qb.where('tickets.status', 'in', [...OPEN_TICKET_STATUSES]))
    .$if(scopes.staff.length === 0, (qb) => qb.where('ticket_events.staff_only', '=', 0))
    .$if(scopes.staff.length > 0, (qb) =>
      qb.where((eb) => eb.or([eb('ticket_events.staff_only', '=', 0), ticketInScopes(scopes.staff)(eb)])),
    )
    .where('ticket_events.id', '>', afterPk)
    .orderBy('ticket_events.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ pk: r.id, values: eventValues(r) }));
};

/** Snapshot order: what others point at comes first (organizations before requesters, tickets before events). */
export const SNAPSHOT_TABLES: ReadonlyArray<{ table: SyncedTable; read: Reader; compact?: CompactReader }> = [
  {
    table: 'organizations',
    read: referenceReader('organizations', organizationFromRow as (row: never) => unknown),
  },
  { table: 'areas', read: referenceReader('areas', areaFromRow as (row: never) => unknown) },
  { table: 'requesters', read: referenceReader('requesters', requesterFromRow as (row: never) => unknown) },
  { table: 'groups', read: referenceReader('groups', groupFromRow as (row: never) => unknown) },
  { table: 'agents', read: readAgents },
  { table: 'categories', read: referenceReader('categories', categoryFromRow as (row: never) => unknown) },
  { table: 'tickets', read: readTickets, compact: compactTickets },
  { table: 'comments', read: readComments, compact: compactComments },
  { table: 'ticket_events', read: readEvents, compact: compactEvents },
  // Appended after the ticket tables so cursors of snapshots already under way keep their meaning.
  { table: 'checklist_templates', read: readChecklistTemplates },
  { table: 'resolution_codes', read: readResolutionCodes },
];
