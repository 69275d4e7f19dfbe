import type { Category } from '../../domain/category';
import type { Agent, Area, Group, Organization, Requester } from '../../domain/people';

// Reference data rows (organizations, people, groups, categories) are stored alike by the desktop
// store and the server, so their shapes and mapping live here once. Type aliases, not interfaces,
// so rows stay assignable to Record<string, unknown> for bulk writers.

export type OrganizationsTable = { id: string; name: string; domains_json: string };
export type AreasTable = { id: string; organization_id: string; name: string };
export type RequestersTable = {
  id: string;
  organization_id: string;
  area_id: string | null;
  name: string;
  email: string | null;
  phone: string | null;
  language: string;
};
export type GroupsTable = { id: string; name: string; level: string };
export type AgentsTable = {
  id: string;
  name: string;
  email: string;
  role: string;
  level: string;
  language: string;
};
export type AgentGroupsTable = { agent_id: string; group_id: string };
export type CategoriesTable = {
  id: string;
  parent_id: string | null;
  name_es: string;
  name_en: string;
  default_type: string | null;
  active: number;
};

export function organizationFromRow(row: OrganizationsTable): Organization {
  return { id: row.id, name: row.name, domains: JSON.parse(row.domains_json) as string[] };
}

export function areaFromRow(row: AreasTable): Area {
  return { id: row.id, organizationId: row.organization_id, name: row.name };
}

export function requesterFromRow(row: RequestersTable): Requester {
  return {
    id: row.id,
    organizationId: row.organization_id,
    areaId: row.area_id,
    name: row.name,
    email: row.email,
    phone: row.phone,
    language: row.language as Requester['language'],
  };
}

export function groupFromRow(row: GroupsTable): Group {
  return { id: row.id, name: row.name, level: row.level as Group['level'] };
}

export function agentFromRow(row: AgentsTable, groupIds: string[]): Agent {
  return {
    id: row.id,
    name: row.name,
    email: row.email,
    role: row.role as Agent['role'],
    level: row.level as Agent['level'],
    groupIds,
    language: row.language as Agent['language'],
  };
}

export function categoryFromRow(row: CategoriesTable): Category {
  return {
    id: row.id,
    parentId: row.parent_id,
    name: { es: row.name_es, en: row.name_en },
    defaultType: row.default_type as Category['defaultType'],
    // Number(): PostgreSQL drivers may hand integers back as strings or bigints.
    active: Number(row.active) === 1,
  };
}
