/**
 * One pass over a ticket's history that extracts what the SLA targets need, in epoch seconds:
 * when the clock was stopped and why, when the first response and the last public update happened,
 * and when the ticket was resolved, reopened or cancelled.
 *
 * Definitions (docs/sla.md):
 * - first response: the first public comment by an agent, or the first move out of `new` by an agent
 *   (the KPI "created → first agent response" uses the same instant);
 * - update: a public comment by an agent (or the first response);
 * - pause: a span in a status that pauses per `isPausingStatus` with the policy in force and the contract;
 * - resolution stops: pauses plus spans spent `resolved`/`closed` (a reopen resumes the clock).
 *
 * Events are taken in the order given (the store's append order); an instant earlier than the previous
 * one (an offline device's clock) is clamped to it so spans never run backwards.
 */
import type { TicketEvent } from '../domain/ticket-event';
import { epochSecondsOf } from './clock-instant';
import type { ContractPausingTerms } from './pausing-status';
import { isPausingStatus } from './pausing-status';
import type { SlaPolicy } from './policy-schema';

export interface StatusSpanRecord {
  from: number;
  /** Infinity while the ticket is still in this status. */
  to: number;
  status: string;
  actorId: string;
}

export interface ClockHistory {
  created: number;
  firstResponseAt: number | null;
  firstResponseIso: string | null;
  /** Last public agent update (comment, or the first response), null before any. */
  lastUpdateAt: number | null;
  lastUpdateIso: string | null;
  pauseStops: number[];
  resolutionStops: number[];
  pausedNow: boolean;
  /** Latest move into `resolved`, while the ticket is still resolved or closed. */
  resolvedAt: number | null;
  resolvedIso: string | null;
  cancelledAt: number | null;
  cancelledIso: string | null;
  /** Only filled when explaining. */
  pauseSpans: StatusSpanRecord[];
  reopens: Array<{ at: number; resolvedFrom: number }>;
  /** Time was spent waiting on a third party while that did not pause the clock. */
  thirdPartyRan: boolean;
}

export interface HistoryRules {
  policy: SlaPolicy;
  contract: ContractPausingTerms | null | undefined;
  /** Default: anyone but the requester and `system…` actors. */
  isAgentActor: ((actorId: string) => boolean) | undefined;
  requesterId: string | null;
  explain: boolean;
}

const DONE_STATUSES = new Set(['resolved', 'closed']);

export function readClockHistory(
  createdIso: string,
  events: readonly TicketEvent[],
  rules: HistoryRules,
): ClockHistory {
  const created = epochSecondsOf(createdIso, 'ticket.createdAt');
  const history: ClockHistory = {
    created,
    firstResponseAt: null,
    firstResponseIso: null,
    lastUpdateAt: null,
    lastUpdateIso: null,
    pauseStops: [],
    resolutionStops: [],
    pausedNow: false,
    resolvedAt: null,
    resolvedIso: null,
    cancelledAt: null,
    cancelledIso: null,
    pauseSpans: [],
    reopens: [],
    thirdPartyRan: false,
  };
  const span: OpenSpan = { status: 'new', from: created, actorId: '' };
  let clock = created;
  for (const event of events) {
    const data = event.data;
    if (data.kind === 'created') {
      span.status = data.status;
      continue;
    }
    if (data.kind !== 'status_changed' && data.kind !== 'commented') continue;
    const at = Math.max(epochSecondsOf(event.at, 'events.at'), clock);
    clock = at;
    const byAgent = isAgent(rules, event.actorId);
    if (data.kind === 'commented') {
      if (data.visibility === 'public' && byAgent) {
        if (history.firstResponseAt === null) markFirstResponse(history, at, event.at);
        history.lastUpdateAt = at;
        history.lastUpdateIso = event.at;
      }
      continue;
    }
    if (history.firstResponseAt === null && data.from === 'new' && byAgent) {
      markFirstResponse(history, at, event.at);
    }
    closeSpan(history, rules, span, at);
    if (data.to === 'resolved') {
      history.resolvedAt = at;
      history.resolvedIso = event.at;
    } else if (data.to === 'cancelled') {
      history.cancelledAt = at;
      history.cancelledIso = event.at;
    } else if (!DONE_STATUSES.has(data.to)) {
      if (history.resolvedAt !== null && rules.explain) {
        history.reopens.push({ at, resolvedFrom: history.resolvedAt });
      }
      history.resolvedAt = null;
      history.resolvedIso = null;
    }
    span.status = data.to;
    span.from = at;
    span.actorId = event.actorId;
  }
  closeSpan(history, rules, span, Infinity);
  history.pausedNow = isPausingStatus(span.status, rules.policy, rules.contract);
  return history;
}

interface OpenSpan {
  status: string;
  from: number;
  actorId: string;
}

function isAgent(rules: HistoryRules, actorId: string): boolean {
  if (rules.isAgentActor !== undefined) return rules.isAgentActor(actorId);
  return actorId !== rules.requesterId && !actorId.startsWith('system');
}

function closeSpan(history: ClockHistory, rules: HistoryRules, span: OpenSpan, to: number): void {
  if (to <= span.from) return;
  if (isPausingStatus(span.status, rules.policy, rules.contract)) {
    history.pauseStops.push(span.from, to);
    history.resolutionStops.push(span.from, to);
    if (rules.explain) history.pauseSpans.push({ from: span.from, to, status: span.status, actorId: span.actorId });
  } else if (DONE_STATUSES.has(span.status)) {
    history.resolutionStops.push(span.from, to);
  } else if (span.status === 'pending_third_party') {
    history.thirdPartyRan = true;
  }
}

function markFirstResponse(history: ClockHistory, at: number, iso: string): void {
  history.firstResponseAt = at;
  history.firstResponseIso = iso;
  if (history.lastUpdateAt === null || history.lastUpdateAt < at) {
    history.lastUpdateAt = at;
    history.lastUpdateIso = iso;
  }
}
