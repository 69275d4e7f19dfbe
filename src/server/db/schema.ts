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
/**
 * Server row shapes, the same on SQLite and PostgreSQL: ids and instants are text (ISO-8601 UTC,
 * which sorts lexicographically), booleans are 0/1 integers, lists and payloads are JSON text.
 * Keeping one representation means one row mapper and one set of queries for both dialects.
 */
export type TicketsTable = TicketColumns;
/** A ticket's current scopes, one row each, so snapshots can filter current rows by scope in SQL. */
export interface TicketScopesTable {
  ticket_id: string;
  scope: string;
}
export interface TicketEventsTable {
  id: string;
  ticket_id: string;
  actor_id: string;
  device_id: string;
  at: string;
  offline: number;
  kind: string;
  data_json: string;
  /** What the device claimed (null for server-made events); `at` is what the server vouches for. */
  client_at: string | null;
  /** 1 when `at` differs from `client_at` because the server clamped it. */
  time_corrected: number;
  /** 1 for events requesters must not see (e.g. an internal comment was added). */
  staff_only: number;
}
export type CommentsTable = CommentColumns;
export interface CountersTable {
  name: string;
  value: number;
}
export interface UsersTable {
  id: string;
  email: string;
  password_hash: string;
  role: string;
  agent_id: string | null;
  requester_id: string | null;
  disabled: number;
  created_at: string;
}
export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  revoked_at: string | null;
}
export interface ClientsTable {
  client_id: string;
  user_id: string;
  last_mutation_id: number;
  /** The instant stamped on the last acknowledged mutation: the lower bound for the next one. */
  last_mutation_at: string | null;
  created_at: string;
}
export interface RejectedMutationsTable {
  client_id: string;
  mutation_id: number;
  name: string;
  code: string;
  params_json: string;
  field_errors_json: string;
  created_at: string;
}
export interface ChangeLogTable {
  seq: number;
  scopes_json: string;
  table_name: string;
  pk: string;
  op: string;
  row_json: string | null;
  created_at: string;
}
/** One row per (scope, seq): pulls find a caller's changes with an index range scan. */
export interface ChangeLogScopesTable {
  scope: string;
  seq: number;
}

export interface ServerDatabase {
  organizations: OrganizationsTable;
  areas: AreasTable;
  requesters: RequestersTable;
  groups: GroupsTable;
  agents: AgentsTable;
  agent_groups: AgentGroupsTable;
  categories: CategoriesTable;
  tickets: TicketsTable;
  ticket_scopes: TicketScopesTable;
  ticket_events: TicketEventsTable;
  comments: CommentsTable;
  counters: CountersTable;
  users: UsersTable;
  sessions: SessionsTable;
  clients: ClientsTable;
  rejected_mutations: RejectedMutationsTable;
  change_log: ChangeLogTable;
  change_log_scopes: ChangeLogScopesTable;
}
