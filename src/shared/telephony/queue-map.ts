import { z } from 'zod';

/**
 * The queue map (`--queue-map map.json`, docs/channels.md): Asterisk queue names → Mesa group ids,
 * Asterisk agent names or channels → Mesa agent ids.
 *
 *   { "queues": { "soporte": "g-n1" }, "agents": { "SIP/8001": "a-lucia", "Agent/1001": "a-pedro" } }
 */
export const QueueMapSchema = z.strictObject({
  queues: z.record(z.string().min(1).max(200), z.string().min(1).max(100)).default({}),
  agents: z.record(z.string().min(1).max(200), z.string().min(1).max(100)).default({}),
});
export type QueueMap = z.infer<typeof QueueMapSchema>;

export const EMPTY_QUEUE_MAP: QueueMap = { queues: {}, agents: {} };

/**
 * Asterisk names an agent by interface, and a live channel adds a unique suffix
 * (`SIP/8001-0000001a`, `PJSIP/lucia-00000a3f`, `Local/8001@from-queue-0000002b;1`, `.../n`):
 * the map names the interface, so these are stripped before a second look-up.
 */
export function agentInterfaceOf(name: string): string {
  return name
    .replace(/;\d+$/, '')
    .replace(/\/n$/, '')
    .replace(/-[0-9a-f]{6,}$/i, '');
}

export interface QueueMapResolver {
  agentId(asteriskAgent: string | null): string | null;
  groupId(queue: string): string | null;
}

export function queueMapResolver(map: QueueMap): QueueMapResolver {
  const agents = new Map<string, string>();
  for (const [name, id] of Object.entries(map.agents)) agents.set(name.toLowerCase(), id);
  const queues = new Map<string, string>();
  for (const [name, id] of Object.entries(map.queues)) queues.set(name.toLowerCase(), id);
  const cache = new Map<string, string | null>();
  return {
    agentId(asteriskAgent) {
      if (!asteriskAgent) return null;
      let hit = cache.get(asteriskAgent);
      if (hit !== undefined) return hit;
      const lower = asteriskAgent.toLowerCase();
      hit = agents.get(lower) ?? agents.get(agentInterfaceOf(lower)) ?? null;
      cache.set(asteriskAgent, hit);
      return hit;
    },
    groupId(queue) {
      return queues.get(queue.toLowerCase()) ?? null;
    },
  };
}
