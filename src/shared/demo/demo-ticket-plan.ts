import type { Language } from '../domain/localized-text';
import type { Agent, Requester } from '../domain/people';
import type { Channel, Impact, Level, TicketStatus, Urgency } from '../domain/ticket-enums';
import type { DemoLeaf } from './catalog';
import { DEMO_AGENT_ID, DEMO_GROUP_ID } from './demo-people';
import type { Prng } from './prng';

/** Who holds the ticket at one point of its life. */
export interface Holder {
  assigneeId: string | null;
  groupId: string | null;
}

/** The decisions about one ticket, taken before its timeline is written. */
export interface DemoTicketPlan {
  requester: Requester;
  language: Language;
  leaf: DemoLeaf;
  channel: Channel;
  initial: { impact: Impact; urgency: Urgency };
  final: { impact: Impact; urgency: Urgency };
  status: TicketStatus;
  /** Holders in order; the last one is the ticket's current assignee/group. */
  holders: Holder[];
  level: Level;
  reopened: boolean;
  commentCount: number;
}

export interface PlanContext {
  prng: Prng;
  requesters: readonly Requester[];
  leaves: readonly DemoLeaf[];
  agents: readonly Agent[];
  groupLevels: ReadonlyMap<string, Level>;
  commentsPerTicket: number;
  eventsPerTicket: number;
}

const CHANNEL_WEIGHTS: ReadonlyArray<readonly [Channel, number]> = [
  ['email', 35], ['phone', 25], ['portal', 20], ['chat', 15], ['walk_in', 5],
];
const IMPACT_WEIGHTS: ReadonlyArray<readonly [Impact, number]> = [['low', 50], ['medium', 35], ['high', 15]];
const URGENCY_WEIGHTS: ReadonlyArray<readonly [Urgency, number]> = [['low', 40], ['medium', 40], ['high', 20]];
const OPEN_WEIGHTS: ReadonlyArray<readonly [TicketStatus, number]> = [
  ['new', 25], ['in_progress', 40], ['pending_requester', 20], ['pending_third_party', 15],
];
const DONE_WEIGHTS: ReadonlyArray<readonly [TicketStatus, number]> = [['resolved', 25], ['closed', 65], ['cancelled', 10]];
/** Desk classics come in more often than server outages. */
const POPULAR_LEAVES = new Set([
  'cat-acc-password-reset', 'cat-hw-printer-jam', 'cat-net-vpn-connect', 'cat-mail-outlook-sync', 'cat-hw-laptop-slow',
]);

function agentsOf(ctx: PlanContext, groupId: string): Agent[] {
  return ctx.agents.filter((a) => a.groupIds.includes(groupId) && a.role !== 'supervisor');
}

/** The N1 agent who takes a ticket: the demo agent gets a fair share so "mine" is never empty. */
function pickN1Agent(ctx: PlanContext): string {
  if (ctx.prng.chance(0.3)) return DEMO_AGENT_ID;
  return ctx.prng.pick(agentsOf(ctx, DEMO_GROUP_ID)).id;
}

function planHolders(ctx: PlanContext, status: TicketStatus, leaf: DemoLeaf): Holder[] {
  const { prng } = ctx;
  const holders: Holder[] = [];
  if (status === 'new') {
    // A new ticket sits in the N1 queue unclaimed, now and then already picked up.
    if (prng.chance(0.75)) return [{ assigneeId: null, groupId: DEMO_GROUP_ID }];
    return [{ assigneeId: pickN1Agent(ctx), groupId: DEMO_GROUP_ID }];
  }
  holders.push({ assigneeId: pickN1Agent(ctx), groupId: DEMO_GROUP_ID });
  // Extra hops (transfers inside the desk) make longer histories when asked for.
  const extraHops = Math.max(0, prng.int(0, Math.max(0, 2 * ctx.eventsPerTicket - 8)));
  for (let i = 0; i < extraHops; i += 1) holders.push({ assigneeId: pickN1Agent(ctx), groupId: DEMO_GROUP_ID });
  if (status !== 'cancelled' && prng.chance(0.3)) {
    const specialists = agentsOf(ctx, leaf.escalationGroupId);
    const assigneeId = specialists.length > 0 && prng.chance(0.8) ? prng.pick(specialists).id : null;
    holders.push({ assigneeId, groupId: leaf.escalationGroupId });
  }
  return holders;
}

export function planDemoTicket(ctx: PlanContext, recency: number): DemoTicketPlan {
  const { prng } = ctx;
  const requester = prng.pick(ctx.requesters);
  const leaf = prng.weighted(ctx.leaves.map((l) => [l, POPULAR_LEAVES.has(l.id) ? 4 : 1] as const));
  // Older tickets are mostly done; recent ones mostly open (≈60% open overall).
  const open = prng.chance(0.35 + 0.5 * recency);
  const status = prng.weighted(open ? OPEN_WEIGHTS : DONE_WEIGHTS);
  const initial = { impact: prng.weighted(IMPACT_WEIGHTS), urgency: prng.weighted(URGENCY_WEIGHTS) };
  const final = prng.chance(0.1)
    ? { impact: prng.weighted(IMPACT_WEIGHTS), urgency: prng.weighted(URGENCY_WEIGHTS) }
    : initial;
  const holders = planHolders(ctx, status, leaf);
  const lastGroup = holders[holders.length - 1]?.groupId ?? DEMO_GROUP_ID;
  return {
    requester,
    language: requester.language,
    leaf,
    channel: prng.weighted(CHANNEL_WEIGHTS),
    initial,
    final,
    status,
    holders,
    level: ctx.groupLevels.get(lastGroup) ?? 'N1',
    reopened: (status === 'resolved' || status === 'closed') && prng.chance(0.06),
    commentCount: prng.int(0, Math.round(2 * ctx.commentsPerTicket)),
  };
}
