import type { Generated } from 'kysely';
import type { CommentColumns, TicketColumns } from '../../shared/sync/rows/ticket-columns';
import type {
  OrganizationsTable,
  AreasTable,
  RequestersTable,
  GroupsTable,
  AgentsTable,
  AgentGroupsTable,
  CategoriesTable,
} from '../../shared/sync/rows/reference-columns';
export type {
  OrganizationsTable,
  AreasTable,
  RequestersTable,
  GroupsTable,
  AgentsTable,
  AgentGroupsTable,
  CategoriesTable,
} from '../../shared/sync/rows/reference-columns';

/** Row shapes as SQLite stores them: snake_case, booleans as 0/1, lists and payloads as JSON. */
export interface TicketsTable extends TicketColumns {
  /** Integer alias of rowid: keeps FTS rowids stable across VACUUM. */
  seq: Generated<number>;
}
export interface TicketEventsTable {
  seq: Generated<number>;
  id: string;
  ticket_id: string;
  actor_id: string;
  device_id: string;
  at: string;
  offline: number;
  kind: string;
  data_json: string;
  /** Set on optimistic rows (the outbox mutation that wrote them): only these may be undone. */
  local_mutation_id: number | null;
  /** The device's claim when the server moved the event's time (docs/sync.md, Clock clamping). */
  client_at: string | null;
  time_corrected: Generated<number>;
}
export interface CommentsTable extends CommentColumns {
  seq: Generated<number>;
  local_mutation_id: number | null;
}
export interface OutboxTable {
  /** The client's sequential mutation id: AUTOINCREMENT never reuses an id after acknowledgment. */
  mutation_id: Generated<number>;
  name: string;
  args_json: string;
  created_at: string;
  /** pending | conflict (replay over newer server rows failed; still pushed so the server decides). */
  status: string;
  error_json: string | null;
  /** The context the mutation ran with, so a pull replays it exactly (null on rows older than sync). */
  actor_id: string | null;
  actor_role: string | null;
  device_id: string | null;
  offline: Generated<number>;
  conflict_json: string | null;
}
/** The server's version of a ticket a pending mutation touched (`row_json` null: not on the server yet). */
export interface TicketShadowsTable {
  ticket_id: string;
  row_json: string | null;
}
/** Rejected mutations, kept with their args until the agent dismisses or re-applies them. */
export interface SyncIssuesTable {
  mutation_id: number;
  name: string;
  args_json: string | null;
  ticket_id: string | null;
  code: string;
  params_json: string;
  field_errors_json: string;
  at: string;
  /** open | dismissed | reapplied */
  status: string;
}
export interface SyncMetaTable {
  key: string;
  value: string;
}

export interface Database {
  organizations: OrganizationsTable;
  areas: AreasTable;
  requesters: RequestersTable;
  groups: GroupsTable;
  agents: AgentsTable;
  agent_groups: AgentGroupsTable;
  categories: CategoriesTable;
  tickets: TicketsTable;
  ticket_events: TicketEventsTable;
  comments: CommentsTable;
  outbox: OutboxTable;
  sync_meta: SyncMetaTable;
  ticket_shadows: TicketShadowsTable;
  sync_issues: SyncIssuesTable;
}
