import type { Selectable } from 'kysely';
import type { Agent } from '../../../shared/domain/people';
import type { AgentGroupsTable, AgentsTable } from '../schema';

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

export function groupIdsByAgent(rows: ReadonlyArray<Selectable<AgentGroupsTable>>): Map<string, string[]> {
  const byAgent = new Map<string, string[]>();
  for (const { agent_id, group_id } of rows) {
    const list = byAgent.get(agent_id) ?? [];
    list.push(group_id);
    byAgent.set(agent_id, list);
  }
  return byAgent;
}
