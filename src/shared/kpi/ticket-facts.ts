/**
 * One pass over each ticket's history that extracts every instant the KPIs need, read "as of" the end
 * of the period (min(period end, now)): a closed month's figures do not change when a ticket is reopened
 * the month after. Instants earlier than the previous event (an offline device) are clamped to it, as
 * the SLA clock does, so spans never run backwards.
 */
import type { Id } from '../domain/ids';
import type { TicketStatus } from '../domain/ticket-enums';
import type { TicketEvent } from '../domain/ticket-event';
import { isReopen } from '../domain/lifecycle';
import type { FirstContactAssessment } from '../workflow/first-contact';
import type { KpiSlaTarget, KpiTicket } from './kpi-input';
import { instantMs } from './kpi-instant';

export interface TicketFacts {
  ticket: KpiTicket;
  createdMs: number;
  /** Status at the as-of instant. */
  statusAtEnd: TicketStatus;
  /** The latest move to `resolved`, when the ticket is still resolved or closed at the as-of instant. */
  resolution: { ms: number; actorId: Id } | null;
  /** The latest move to `resolved` whatever happened after (a reopen): who to credit for a rating. */
  lastResolverId: Id | null;
  /** When the resolver last received the ticket before resolving it (creation if never assigned). */
  resolverTookMs: number | null;
  /** First public agent comment or first move out of `new` by an agent (the SLA first response). */
  firstResponseMs: number | null;
  /** First move to `in_progress` by an agent. */
  startAttentionMs: number | null;
  /** When the ticket became closed or cancelled, if it is at the as-of instant. */
  finishedMs: number | null;
  reopens: number;
  documentationSeconds: number;
  /** First time a root cause was recorded (problems). */
  rootCauseMs: number | null;
  /** Incidents and requests (problems are internal records with their own KPIs). */
  service: boolean;
  /** An incident (repeat rules read it). */
  incident: boolean;
  /** Per `ticket.slaTargets` entry, the instant it was decided (`slaDecidedAtMs`), NaN while undecided. */
  slaDecidedMs: readonly number[];
  /** Per `ticket.slaTargets` entry, `SLA_TARGET_CODES` index × 2, + 1 when met: the fold reads no target object. */
  slaCodes: readonly number[];
  /** Per `ticket.surveys` entry: when it was sent, and when it was answered (NaN: no answer). */
  surveySentMs: readonly number[];
  surveyRespondedMs: readonly number[];
  /** Memo of the business minutes creation → resolution (several KPIs read it). */
  resolutionBusinessMinutes: number | null;
  /**
   * Memos filled on first use (kpi-context.ts): business minutes creation → first response, creation →
   * start of attention, resolver's receipt → resolution, and the first-contact assessment. They depend on
   * the facts alone, so facts kept between recomputes (the live dashboard) compute each once.
   */
  responseBusinessMinutes: number | null;
  startBusinessMinutes: number | null;
  handlingBusinessMinutes: number | null;
  firstContact: FirstContactAssessment | null;
  /** The events up to the as-of instant (the same array when none is later). */
  eventsAsOf: readonly TicketEvent[];
}

export type IsAgent = (actorId: Id, requesterId: Id) => boolean;

export function agentRule(agentIds: ReadonlySet<Id> | null): IsAgent {
  if (agentIds !== null) return (actorId) => agentIds.has(actorId);
  return (actorId, requesterId) => actorId !== requesterId && !actorId.startsWith('system');
}

const DONE = new Set<TicketStatus>(['resolved', 'closed']);
const NONE: readonly number[] = Object.freeze([]);

/** Target kinds in the order of `slaCodes`. */
export const SLA_TARGET_CODES = ['first_response', 'next_update', 'resolution'] as const;

/** The instant a target was decided (met: completion; breached: due instant), or NaN while undecided. */
export function slaDecidedAtMs(target: KpiSlaTarget): number {
  if (!target.applicable) return NaN;
  if (target.state === 'met' && target.completedAt !== null) return instantMs(target.completedAt);
  if (target.breachedAt !== null) return instantMs(target.breachedAt);
  return NaN;
}

export function ticketFacts(ticket: KpiTicket, asOfMs: number, isAgent: IsAgent): TicketFacts {
  const createdMs = instantMs(ticket.createdAt);
  const facts: TicketFacts = {
    ticket,
    createdMs,
    statusAtEnd: 'new',
    resolution: null,
    lastResolverId: null,
    resolverTookMs: null,
    firstResponseMs: null,
    startAttentionMs: null,
    finishedMs: null,
    reopens: 0,
    documentationSeconds: 0,
    rootCauseMs: null,
    service: ticket.type !== 'problem',
    incident: ticket.type === 'incident',
    slaDecidedMs: NONE,
    slaCodes: NONE,
    surveySentMs: NONE,
    surveyRespondedMs: NONE,
    resolutionBusinessMinutes: null,
    responseBusinessMinutes: null,
    startBusinessMinutes: null,
    handlingBusinessMinutes: null,
    firstContact: null,
    eventsAsOf: ticket.events,
  };
  // Instants the period checks read, parsed once here rather than in every KPI (and every recompute).
  const targets = ticket.slaTargets;
  if (targets.length > 0) {
    const decided: number[] = [];
    const codes: number[] = [];
    for (const target of targets) {
      decided.push(slaDecidedAtMs(target));
      codes.push(SLA_TARGET_CODES.indexOf(target.target) * 2 + (target.state === 'met' ? 1 : 0));
    }
    facts.slaDecidedMs = decided;
    facts.slaCodes = codes;
  }
  const surveys = ticket.surveys;
  if (surveys.length > 0) {
    const sent: number[] = [];
    const responded: number[] = [];
    for (const survey of surveys) {
      sent.push(instantMs(survey.sentAt));
      responded.push(survey.rating === null ? NaN : instantMs(survey.rating.respondedAt));
    }
    facts.surveySentMs = sent;
    facts.surveyRespondedMs = responded;
  }
  const events = ticket.events;
  let clock = createdMs;
  let sawStatus = false;
  let holderSince = createdMs;
  let holderId: Id | null = null;
  let count = 0;
  for (const event of events) {
    const data = event.data;
    if (data.kind === 'created') {
      facts.statusAtEnd = data.status;
      count += 1;
      continue;
    }
    const parsed = instantMs(event.at);
    const ms = parsed > clock ? parsed : clock;
    if (ms >= asOfMs) break;
    clock = ms;
    count += 1;
    switch (data.kind) {
      case 'status_changed': {
        sawStatus = true;
        const byAgent = isAgent(event.actorId, ticket.requesterId);
        if (byAgent && facts.firstResponseMs === null && data.from === 'new') facts.firstResponseMs = ms;
        if (byAgent && facts.startAttentionMs === null && data.to === 'in_progress') facts.startAttentionMs = ms;
        if (isReopen(data.from, data.to)) facts.reopens += 1;
        if (data.to === 'resolved') {
          facts.resolution = { ms, actorId: event.actorId };
          facts.lastResolverId = event.actorId;
          facts.resolverTookMs = holderId === event.actorId ? holderSince : createdMs;
        } else if (!DONE.has(data.to)) facts.resolution = null;
        facts.finishedMs = data.to === 'closed' || data.to === 'cancelled' ? ms : null;
        facts.statusAtEnd = data.to;
        break;
      }
      case 'commented':
        if (facts.firstResponseMs === null && data.visibility === 'public' && isAgent(event.actorId, ticket.requesterId)) {
          facts.firstResponseMs = ms;
        }
        break;
      case 'assigned':
        if (data.to.assigneeId !== null && data.to.assigneeId !== holderId) holderSince = ms;
        holderId = data.to.assigneeId;
        break;
      case 'documentation_time_recorded':
        facts.documentationSeconds += data.seconds;
        break;
      case 'problem_updated':
        if (facts.rootCauseMs === null && typeof data.rootCause === 'string' && data.rootCause !== '') {
          facts.rootCauseMs = ms;
        }
        break;
      default:
        break;
    }
  }
  if (count < events.length) facts.eventsAsOf = events.slice(0, count);
  if (!sawStatus) applyStoredStatus(facts, asOfMs);
  return facts;
}

/** A producer that sent no status history: fall back to the ticket row's current status and instants. */
function applyStoredStatus(facts: TicketFacts, asOfMs: number): void {
  const { ticket } = facts;
  const resolvedMs = ticket.resolvedAt === null ? null : instantMs(ticket.resolvedAt);
  const closedMs = ticket.closedAt === null ? null : instantMs(ticket.closedAt);
  facts.statusAtEnd = ticket.status;
  if (resolvedMs !== null && resolvedMs < asOfMs && DONE.has(ticket.status)) {
    facts.resolution = { ms: resolvedMs, actorId: ticket.assigneeId ?? '' };
    facts.lastResolverId = ticket.assigneeId;
    facts.resolverTookMs = facts.createdMs;
    facts.statusAtEnd = closedMs !== null && closedMs < asOfMs ? 'closed' : 'resolved';
  }
  if (ticket.status === 'cancelled' || facts.statusAtEnd === 'closed') facts.finishedMs = closedMs ?? resolvedMs;
}
