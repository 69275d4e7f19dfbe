import type { Selectable } from 'kysely';
import type { Category } from '../../../shared/domain/category';
import type { Agent, Area, Group, Organization, Requester } from '../../../shared/domain/people';
import type {
  AgentsTable,
  CategoriesTable,
  GroupsTable,
  OrganizationsTable,
  RequestersTable,
} from '../schema';

export function organizationFromRow(row: Selectable<OrganizationsTable>): Organization {
  return { id: row.id, name: row.name, domains: JSON.parse(row.domains_json) as string[] };
}

export function areaFromRow(row: { id: string; organization_id: string; name: string }): Area {
  return { id: row.id, organizationId: row.organization_id, name: row.name };
}

export function requesterFromRow(row: Selectable<RequestersTable>): Requester {
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

export function groupFromRow(row: Selectable<GroupsTable>): Group {
  return { id: row.id, name: row.name, level: row.level as Group['level'] };
}

export function agentFromRow(row: Selectable<AgentsTable>, groupIds: string[]): Agent {
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

export function categoryFromRow(row: Selectable<CategoriesTable>): Category {
  return {
    id: row.id,
    parentId: row.parent_id,
    name: { es: row.name_es, en: row.name_en },
    defaultType: row.default_type as Category['defaultType'],
    active: row.active === 1,
  };
}
