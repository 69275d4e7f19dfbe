import type { Selectable } from 'kysely';
import type { Category } from '../../shared/domain/category';
import type { Area, Requester } from '../../shared/domain/people';
import type { CategoriesTable, RequestersTable } from './schema';

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

export function areaFromRow(row: { id: string; organization_id: string; name: string }): Area {
  return { id: row.id, organizationId: row.organization_id, name: row.name };
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
