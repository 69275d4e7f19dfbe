import type { Kysely } from 'kysely';
import type { Agent } from '../../../shared/domain/people';
import type { Database } from '../schema';
import { agentFromRow } from './agent-rows';

export async function getAgent(db: Kysely<Database>, id: string): Promise<Agent | undefined> {
  const row = await db.selectFrom('agents').selectAll().where('id', '=', id).executeTakeFirst();
  if (!row) return undefined;
  const groups = await db
    .selectFrom('agent_groups')
    .select('group_id')
    .where('agent_id', '=', id)
    .orderBy('group_id')
    .execute();
  return agentFromRow(row, groups.map((g) => g.group_id));
}
