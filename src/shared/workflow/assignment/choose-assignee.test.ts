import { describe, expect, it } from 'vitest';
import { createPrng } from '../../demo/prng';
import type { Priority } from '../../domain/ticket-enums';
import { isEligible, openTicketCount, weightedLoad } from './agent-load';
import type { AgentAvailability, AssignableAgent, AssignmentState, AssignmentStrategy } from './assignment-types';
import { assessManualAssignment, chooseAssignee, rotationOrder } from './choose-assignee';

const agent = (id: string, over: Partial<AssignableAgent> = {}): AssignableAgent => ({
  id,
  availability: 'available',
  capacity: null,
  openByPriority: {},
  ...over,
});

describe('assignment strategies', () => {
  it('manual never picks anyone', () => {
    expect(chooseAssignee('manual', [agent('a')], { lastAgentId: null })).toMatchObject({ kind: 'queued', reason: 'manual' });
  });

  it('round-robin takes turns in id order, continuing after an agent who left', () => {
    const agents = [agent('c'), agent('a'), agent('b')];
    let state: AssignmentState = { lastAgentId: null };
    const picks: string[] = [];
    for (let i = 0; i < 4; i++) {
      const d = chooseAssignee('round_robin', agents, state);
      if (d.kind !== 'assigned') throw new Error('expected an assignment');
      picks.push(d.agentId);
      state = d.nextState;
    }
    expect(picks).toEqual(['a', 'b', 'c', 'a']);
    expect(rotationOrder([agent('a'), agent('c')], 'b').map((a) => a.id)).toEqual(['c', 'a']);
  });

  it('least-loaded weighs open tickets P1=4, P2=3, P3=2, P4=1', () => {
    const busy = agent('a', { openByPriority: { P1: 1 } }); // 4
    const light = agent('b', { openByPriority: { P4: 3 } }); // 3 (more tickets, less weight)
    expect(weightedLoad(busy)).toBe(4);
    expect(chooseAssignee('least_loaded', [busy, light], { lastAgentId: null })).toMatchObject({ kind: 'assigned', agentId: 'b' });
  });

  it('breaks least-loaded ties in round-robin order', () => {
    const agents = [agent('a'), agent('b'), agent('c')];
    expect(chooseAssignee('least_loaded', agents, { lastAgentId: 'a' })).toMatchObject({ agentId: 'b' });
    expect(chooseAssignee('least_loaded', agents, { lastAgentId: 'c' })).toMatchObject({ agentId: 'a' });
  });

  it.each(['round_robin', 'least_loaded'] as const)('%s skips unavailable and full agents', (strategy) => {
    const agents = [
      agent('a', { availability: 'busy' }),
      agent('b', { availability: 'away' }),
      agent('c', { availability: 'offline' }),
      agent('d', { capacity: 2, openByPriority: { P4: 2 } }),
      agent('e', { capacity: 3, openByPriority: { P1: 2 } }),
    ];
    expect(chooseAssignee(strategy, agents, { lastAgentId: null })).toMatchObject({ kind: 'assigned', agentId: 'e' });
    const full = agents.map((a) => (a.id === 'e' ? { ...a, capacity: 2 } : a));
    expect(chooseAssignee(strategy, full, { lastAgentId: null })).toMatchObject({ kind: 'queued', reason: 'all_at_capacity' });
    const nobody = agents.filter((a) => a.availability !== 'available');
    expect(chooseAssignee(strategy, nobody, { lastAgentId: 'x' })).toEqual({
      kind: 'queued',
      reason: 'no_agent_available',
      nextState: { lastAgentId: 'x' },
    });
  });

  it('refuses a manual assignment outside the group and warns about availability and capacity', () => {
    const a = { ...agent('a', { availability: 'away', capacity: 1, openByPriority: { P3: 1 } }), groupIds: ['g1'] };
    expect(assessManualAssignment(a, 'g2')).toEqual({ allowed: false, warnings: [] });
    expect(assessManualAssignment(a, 'g1')).toEqual({ allowed: true, warnings: ['not_available', 'at_capacity'] });
  });
});

/**
 * 1,000 tickets into a group of five: tickets arrive with seeded priorities, agents close work and
 * change availability. Checks every decision against the rules and returns who got what.
 */
function simulate(strategy: AssignmentStrategy, seed: number, churn: boolean) {
  const prng = createPrng(seed);
  const agents = ['ana', 'bob', 'carla', 'diego', 'eva'].map((id) =>
    agent(id, { capacity: id === 'eva' ? 6 : null, openByPriority: {} }),
  );
  const open = new Map<string, Priority[]>(agents.map((a) => [a.id, []]));
  const received = new Map<string, number>(agents.map((a) => [a.id, 0]));
  let state: AssignmentState = { lastAgentId: null };
  const sequence: string[] = [];
  const sync = () => {
    for (const a of agents) {
      const counts: Partial<Record<Priority, number>> = {};
      for (const p of open.get(a.id) ?? []) counts[p] = (counts[p] ?? 0) + 1;
      a.openByPriority = counts;
    }
  };
  for (let i = 0; i < 1000; i++) {
    if (churn && prng.chance(0.05)) {
      const who = prng.pick(agents.slice(0, 4));
      who.availability = prng.pick<AgentAvailability>(['available', 'available', 'busy', 'away', 'offline']);
    }
    // Agents close some of their work between arrivals.
    for (const a of agents) if ((open.get(a.id)?.length ?? 0) > 0 && prng.chance(0.3)) open.get(a.id)?.shift();
    sync();
    const priority = prng.weighted<Priority>([['P1', 1], ['P2', 2], ['P3', 4], ['P4', 3]]);
    const decision = chooseAssignee(strategy, agents, state);
    if (decision.kind === 'queued') {
      expect(agents.some(isEligible)).toBe(false);
      sequence.push('-');
      continue;
    }
    const chosen = agents.find((a) => a.id === decision.agentId) as AssignableAgent;
    expect(chosen.availability).toBe('available');
    expect(chosen.capacity === null || openTicketCount(chosen) < chosen.capacity).toBe(true);
    if (strategy === 'least_loaded') {
      const lowest = Math.min(...agents.filter(isEligible).map(weightedLoad));
      expect(weightedLoad(chosen)).toBe(lowest);
    }
    open.get(chosen.id)?.push(priority);
    received.set(chosen.id, (received.get(chosen.id) ?? 0) + 1);
    sequence.push(chosen.id);
    state = decision.nextState;
  }
  return { received, sequence };
}

describe('assignment fairness over 1,000 assignments', () => {
  it('round-robin gives every available agent the same share', () => {
    const { received } = simulate('round_robin', 1, false);
    expect([...received.values()]).toEqual([200, 200, 200, 200, 200]);
  });

  it('least-loaded spreads tickets evenly among equal agents', () => {
    const { received } = simulate('least_loaded', 2, false);
    for (const n of received.values()) expect(Math.abs(n - 200)).toBeLessThanOrEqual(30);
  });

  it.each(['round_robin', 'least_loaded'] as const)('%s respects availability and capacity under churn', (strategy) => {
    const { received, sequence } = simulate(strategy, 3, true);
    expect(sequence.filter((s) => s !== '-').length).toBe([...received.values()].reduce((a, b) => a + b, 0));
    for (const n of received.values()) expect(n).toBeGreaterThan(0);
  });

  it.each(['round_robin', 'least_loaded'] as const)('%s is deterministic for a seed', (strategy) => {
    expect(simulate(strategy, 42, true).sequence).toEqual(simulate(strategy, 42, true).sequence);
  });
});
