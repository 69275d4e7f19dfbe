import type { Kysely } from 'kysely';
import type { Agent } from '../../shared/domain/people';
import type { Language } from '../../shared/domain/localized-text';
import { newId } from '../../shared/domain/ids';
import { MesaError } from '../../shared/errors';
import { getAgent, readMeta, writeMeta } from '../store/queries';
import type { Database } from '../store/schema';

export interface Session {
  agent: Agent;
  deviceId: string;
  language: Language;
}

/** Until sign-in exists (server issue), the workstation acts as the agent recorded in the file. */
export const DEMO_AGENT_ID = 'agent-demo';

async function ensureDeviceId(db: Kysely<Database>): Promise<string> {
  const existing = await readMeta(db, 'device_id');
  if (existing) return existing;
  const deviceId = newId();
  await writeMeta(db, 'device_id', deviceId);
  return deviceId;
}

export async function loadSession(db: Kysely<Database>, defaultLanguage: Language): Promise<Session> {
  const agentId = (await readMeta(db, 'session.agent_id')) ?? DEMO_AGENT_ID;
  const agent = await getAgent(db, agentId);
  if (!agent) throw new MesaError('reference.unknown_agent', { agentId });
  const stored = await readMeta(db, 'settings.language');
  const language: Language = stored === 'es' || stored === 'en' ? stored : defaultLanguage;
  return { agent, deviceId: await ensureDeviceId(db), language };
}
