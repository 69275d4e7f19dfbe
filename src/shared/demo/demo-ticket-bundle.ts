import type { IdGenerator } from '../domain/ids';
import { computePriority, type PriorityMatrix } from '../domain/priority';
import type { Ticket, TicketComment } from '../domain/ticket';
import type { TicketStatus } from '../domain/ticket-enums';
import type { TicketEvent, TicketEventData } from '../domain/ticket-event';
import { provisionalNumberFor } from '../sync/mutators/ticket-helpers';
import type { DemoTicketPlan } from './demo-ticket-plan';
import { fillWording, pickCancelReason, pickCommentText } from './demo-wording';
import type { Prng } from './prng';

export interface TicketBundle {
  ticket: Ticket;
  /** Chronological, as the store appends them. */
  events: TicketEvent[];
  comments: TicketComment[];
}

export interface BundleContext {
  prng: Prng;
  newId: IdGenerator;
  priorityMatrix: PriorityMatrix;
  nowMs: number;
  deviceId: string;
}

/** Wall-clock SLA targets used to fill the cached `slaDueAt` (the SLA engine refines it later). */
const SLA_HOURS = { P1: 4, P2: 8, P3: 24, P4: 72 } as const;
const MAX_STORY_MS = 12 * 24 * 3600_000;

function isoSeconds(ms: number): string {
  return new Date(Math.floor(ms / 1000) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** The status moves that lead from `new` to the final status, in the order they happened. */
function statusPath(status: TicketStatus, reopened: boolean): TicketStatus[] {
  switch (status) {
    case 'new':
      return [];
    case 'in_progress':
      return ['in_progress'];
    case 'pending_requester':
    case 'pending_third_party':
      return ['in_progress', status];
    case 'resolved':
      return reopened ? ['in_progress', 'resolved', 'in_progress', 'resolved'] : ['in_progress', 'resolved'];
    case 'closed':
      return [...statusPath('resolved', reopened), 'closed'];
    case 'cancelled':
      return ['cancelled'];
  }
}

type Step = { actorId: string; data: TicketEventData | 'comment' };

export function buildTicketBundle(ctx: BundleContext, plan: DemoTicketPlan, number: number, createdMs: number): TicketBundle {
  const { prng } = ctx;
  const id = ctx.newId();
  const lang = plan.language;
  const initialPriority = computePriority(ctx.priorityMatrix, plan.initial.impact, plan.initial.urgency);
  const finalPriority = computePriority(ctx.priorityMatrix, plan.final.impact, plan.final.urgency);
  const selfService = plan.channel === 'email' || plan.channel === 'portal';
  const firstAgent = plan.holders.find((h) => h.assigneeId)?.assigneeId ?? 'agent-luis';
  const steps: Step[] = [
    {
      actorId: selfService ? plan.requester.id : firstAgent,
      data: { kind: 'created', channel: plan.channel, status: 'new', priority: initialPriority },
    },
  ];
  if (plan.final.impact !== plan.initial.impact || plan.final.urgency !== plan.initial.urgency) {
    steps.push({
      actorId: firstAgent,
      data: {
        kind: 'prioritized',
        from: { ...plan.initial, priority: initialPriority },
        to: { ...plan.final, priority: finalPriority },
      },
    });
  }
  // Holders and status moves interleave as a desk works: claim, start, escalate, wait, resolve.
  const path = statusPath(plan.status, plan.reopened);
  let previous = { assigneeId: null as string | null, groupId: null as string | null };
  const holderSteps: Step[] = plan.holders.map((holder) => {
    const step: Step = { actorId: holder.assigneeId ?? firstAgent, data: { kind: 'assigned', from: previous, to: holder } };
    previous = holder;
    return step;
  });
  const firstHolder = holderSteps.shift();
  if (firstHolder) steps.push(firstHolder);
  let from: TicketStatus = 'new';
  const statusSteps: Step[] = path.map((to) => {
    const reason = to === 'cancelled' ? pickCancelReason(prng, lang) : null;
    const actor = to === 'closed' ? plan.requester.id : (plan.holders.at(-1)?.assigneeId ?? firstAgent);
    const step: Step = { actorId: actor, data: { kind: 'status_changed', from, to, reason } };
    from = to;
    return step;
  });
  // Terminal moves go last so every comment lands while the ticket is still editable.
  const terminalStep = plan.status === 'closed' || plan.status === 'cancelled' ? statusSteps.pop() : undefined;
  const comments = Array.from({ length: plan.commentCount }, (): Step => ({ actorId: '', data: 'comment' }));
  const half = Math.ceil(comments.length / 2);
  steps.push(...statusSteps.slice(0, 1), ...comments.slice(0, half), ...holderSteps);
  steps.push(...statusSteps.slice(1, 2), ...comments.slice(half), ...statusSteps.slice(2));
  if (terminalStep) steps.push(terminalStep);

  const spanMs = Math.max(0, Math.min(MAX_STORY_MS, ctx.nowMs - createdMs - 60_000));
  const offsets = steps.map((_, i) => (i === 0 ? 0 : prng.next() * spanMs)).sort((a, b) => a - b);
  const events: TicketEvent[] = [];
  const ticketComments: TicketComment[] = [];
  let resolvedAt: string | null = null;
  let closedAt: string | null = null;
  steps.forEach((step, i) => {
    const at = isoSeconds(createdMs + (offsets[i] ?? 0));
    let data = step.data;
    let actorId = step.actorId;
    if (data === 'comment') {
      const text = pickCommentText(prng, lang);
      actorId = text.byRequester ? plan.requester.id : (plan.holders.at(-1)?.assigneeId ?? firstAgent);
      const comment: TicketComment = {
        id: ctx.newId(), ticketId: id, authorId: actorId, body: text.body, visibility: text.visibility, createdAt: at,
      };
      ticketComments.push(comment);
      data = { kind: 'commented', commentId: comment.id, visibility: comment.visibility };
    }
    if (data.kind === 'status_changed' && data.to === 'resolved') resolvedAt = at;
    if (data.kind === 'status_changed' && data.to === 'closed') closedAt = at;
    events.push({ id: ctx.newId(), ticketId: id, actorId, deviceId: ctx.deviceId, at, offline: false, data });
  });

  const holder = plan.holders.at(-1) ?? { assigneeId: null, groupId: null };
  const open = plan.status !== 'resolved' && plan.status !== 'closed' && plan.status !== 'cancelled';
  const paused = plan.status === 'pending_requester';
  const wording = plan.leaf.wording[lang];
  const ticket: Ticket = {
    id,
    number: `MS-${number}`,
    provisionalNumber: provisionalNumberFor(id),
    type: plan.leaf.type,
    title: fillWording(prng, prng.pick(wording.titles)),
    description: fillWording(prng, prng.pick(wording.descriptions)),
    requesterId: plan.requester.id,
    organizationId: plan.requester.organizationId,
    areaId: plan.requester.areaId,
    channel: plan.channel,
    categoryId: plan.leaf.id,
    impact: plan.final.impact,
    urgency: plan.final.urgency,
    priority: finalPriority,
    status: plan.status,
    assigneeId: holder.assigneeId,
    groupId: holder.groupId,
    level: plan.level,
    problemId: null,
    tags: prng.chance(0.05) ? ['vip'] : [],
    createdAt: isoSeconds(createdMs),
    updatedAt: events.at(-1)?.at ?? isoSeconds(createdMs),
    resolvedAt: plan.status === 'resolved' || plan.status === 'closed' ? resolvedAt : null,
    closedAt,
    slaDueAt: open && !paused ? isoSeconds(createdMs + SLA_HOURS[finalPriority] * 3600_000) : null,
    version: events.length,
  };
  return { ticket, events, comments: ticketComments };
}
