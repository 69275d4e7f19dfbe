/**
 * Answer time and time to start attention (DESIGN.md KPIs).
 *
 * - Calls (ASA and longest): answered calls that entered the queue in the period, queue entry → answer,
 *   wall-clock seconds (a caller on hold waits in real time).
 * - Other contacts: service tickets of `contactAnswerChannels` (default email, chat, portal) whose first
 *   agent response falls in the period, creation → first response in business minutes of the ticket's
 *   calendar. The first response is the SLA clock's instant (first public agent comment or first move
 *   out of `new` by an agent), so the KPI and the first-response target agree.
 * - Start of attention: service tickets, any channel, whose first move to `in_progress` by an agent falls
 *   in the period, creation → that move, business minutes.
 * Durations are anchored at their end (the response), so a month only reports what happened in it.
 */
import type { KpiContext } from './kpi-context';
import { isServiceTicket } from './kpi-context';
import { inPeriod } from './kpi-period';
import { max, mean } from './kpi-stats';
import type { KpiValue } from './kpi-value';
import { kpiValue } from './kpi-value';
import type { TicketFacts } from './ticket-facts';
import { instantMs } from './kpi-instant';

export function callAnswerTimes(ctx: KpiContext): number[] {
  const waits: number[] = [];
  for (const call of ctx.calls) {
    if (call.answeredAt === null) continue;
    waits.push(Math.max(0, instantMs(call.answeredAt) - instantMs(call.enteredQueueAt)) / 1000);
  }
  return waits;
}

export function answerTimeKpis(ctx: KpiContext): KpiValue[] {
  const calls = callAnswerTimes(ctx);
  const channels = new Set(ctx.options.contactAnswerChannels);
  const contacts = businessMinutesTo(ctx, (f) => (channels.has(f.ticket.channel) ? f.firstResponseMs : null));
  return [
    kpiValue('answer_time.calls.avg', mean(calls), calls.length),
    kpiValue('answer_time.calls.max', max(calls), calls.length),
    kpiValue('answer_time.contacts.avg', mean(contacts), contacts.length),
    kpiValue('answer_time.contacts.max', max(contacts), contacts.length),
  ];
}

export function startAttentionKpis(ctx: KpiContext): KpiValue[] {
  const minutes = businessMinutesTo(ctx, (f) => f.startAttentionMs);
  return [kpiValue('start_attention.avg', mean(minutes), minutes.length)];
}

/** Business minutes from creation to the chosen instant, for service tickets whose instant is in the period. */
function businessMinutesTo(ctx: KpiContext, endOf: (facts: TicketFacts) => number | null): number[] {
  const result: number[] = [];
  for (const facts of ctx.facts) {
    const end = endOf(facts);
    if (end === null || !isServiceTicket(facts) || !inPeriod(end, ctx.period)) continue;
    result.push(ctx.businessMinutes.between(facts.ticket.calendarId, facts.createdMs, end));
  }
  return result;
}
