import type { Selectable } from 'kysely';
import type { AgentGroupsTable } from '../schema';

export { agentFromRow } from '../../../shared/sync/rows/reference-columns';

export function groupIdsByAgent(rows: ReadonlyArray<Selectable<AgentGroupsTable>>): Map<string, string[]> {
  const byAgent = new Map<string, string[]>();
  for (const { agent_id, group_id } of rows) {
    const list = byAgent.get(agent_id) ?? [];
    list.push(group_id);
    byAgent.set(agent_id, list);
  }
  return byAgent;
}
