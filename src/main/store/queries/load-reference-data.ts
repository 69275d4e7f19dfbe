import type { Kysely } from 'kysely';
import type { Category } from '../../../shared/domain/category';
import type { Agent, Area, Group, Organization } from '../../../shared/domain/people';
import { areaFromRow, categoryFromRow } from '../reference-rows';
import type { Database } from '../schema';
import { agentFromRow, groupIdsByAgent } from './agent-rows';

export interface ReferenceData {
  organizations: Organization[];
  areas: Area[];
  agents: Agent[];
  groups: Group[];
  categories: Category[];
}

/** Everything pickers and labels need, loaded once per window (small: tens to hundreds of rows). */
export async function loadReferenceData(db: Kysely<Database>): Promise<ReferenceData> {
  const [organizations, areas, agents, memberships, groups, categories] = await Promise.all([
    db.selectFrom('organizations').selectAll().orderBy('name').execute(),
    db.selectFrom('areas').selectAll().orderBy('organization_id').orderBy('name').execute(),
    db.selectFrom('agents').selectAll().orderBy('name').execute(),
    db.selectFrom('agent_groups').selectAll().orderBy('agent_id').orderBy('group_id').execute(),
    db.selectFrom('groups').selectAll().orderBy('level').orderBy('name').execute(),
    // rowid order is insertion order: parents first and siblings as the admin wrote them.
    db.selectFrom('categories').selectAll().orderBy(db.dynamic.ref('rowid')).execute(),
  ]);
  const groupIds = groupIdsByAgent(memberships);
  return {
    organizations: organizations.map((o) => ({ id: o.id, name: o.name, domains: JSON.parse(o.domains_json) as string[] })),
    areas: areas.map(areaFromRow),
    agents: agents.map((a) => agentFromRow(a, groupIds.get(a.id) ?? [])),
    groups: groups.map((g) => ({ id: g.id, name: g.name, level: g.level as Group['level'] })),
    categories: categories.map(categoryFromRow),
  };
}
