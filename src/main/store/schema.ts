import type { Generated } from 'kysely';

/** Row shapes as SQLite stores them: snake_case, booleans as 0/1, lists and payloads as JSON. */
export interface OrganizationsTable {
  id: string;
  name: string;
  domains_json: string;
}
export interface AreasTable {
  id: string;
  organization_id: string;
  name: string;
}
export interface RequestersTable {
  id: string;
  organization_id: string;
  area_id: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  language: string;
}
export interface GroupsTable {
  id: string;
  name: string;
  level: string;
}
export interface AgentsTable {
  id: string;
  name: string;
  email: string;
  role: string;
  level: string;
  language: string;
}
export interface AgentGroupsTable {
  agent_id: string;
  group_id: string;
}
export interface CategoriesTable {
  id: string;
  parent_id: string | null;
  name_es: string;
  name_en: string;
  default_type: string | null;
  active: number;
}
export interface TicketsTable {
  /** Integer alias of rowid: keeps FTS rowids stable across VACUUM. */
  seq: Generated<number>;
  id: string;
  number: string | null;
  provisional_number: string;
  type: string;
  title: string;
  description: string;
  requester_id: string;
  organization_id: string;
  area_id: string | null;
  channel: string;
  category_id: string | null;
  impact: string;
  urgency: string;
  priority: string;
  status: string;
  assignee_id: string | null;
  group_id: string | null;
  level: string;
  problem_id: string | null;
  tags_json: string;
  created_at: string;
  updated_at: string;
  resolved_at: string | null;
  closed_at: string | null;
  sla_due_at: string | null;
  version: number;
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
}
export interface CommentsTable {
  seq: Generated<number>;
  id: string;
  ticket_id: string;
  author_id: string;
  body: string;
  visibility: string;
  created_at: string;
}
export interface OutboxTable {
  /** The client's sequential mutation id: AUTOINCREMENT never reuses an id after acknowledgment. */
  mutation_id: Generated<number>;
  name: string;
  args_json: string;
  created_at: string;
  status: string;
  error_json: string | null;
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
}
