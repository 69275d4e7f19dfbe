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
import { responseBusinessMinutes, startBusinessMinutes } from './kpi-context';
import { max, mean } from './kpi-stats';
import type { KpiValue } from './kpi-value';
import { kpiValue } from './kpi-value';

export function callAnswerTimes(ctx: KpiContext): number[] {
  const waits: number[] = [];
  for (const call of ctx.calls) {
    if (call.call.answeredAt === null) continue;
    waits.push(Math.max(0, call.answeredMs - call.enteredMs) / 1000);
  }
  return waits;
}

export function answerTimeKpis(ctx: KpiContext): KpiValue[] {
  const calls = callAnswerTimes(ctx);
  const channels = new Set(ctx.options.contactAnswerChannels);
  const contacts: number[] = [];
  const { fromMs, toMs } = ctx.period;
  for (const facts of ctx.facts) {
    const end = facts.firstResponseMs;
    if (end === null || end < fromMs || end >= toMs || !facts.service || !channels.has(facts.ticket.channel))
      continue;
    contacts.push(responseBusinessMinutes(ctx, facts));
  }
  return [
    kpiValue('answer_time.calls.avg', mean(calls), calls.length),
    kpiValue('answer_time.calls.max', max(calls), calls.length),
    kpiValue('answer_time.contacts.avg', mean(contacts), contacts.length),
    kpiValue('answer_time.contacts.max', max(contacts), contacts.length),
  ];
}

export function startAttentionKpis(ctx: KpiContext): KpiValue[] {
  const minutes: number[] = [];
  const { fromMs, toMs } = ctx.period;
  for (const facts of ctx.facts) {
    const end = facts.startAttentionMs;
    if (end === null || end < fromMs || end >= toMs || !facts.service) continue;
    minutes.push(startBusinessMinutes(ctx, facts));
  }
  return [kpiValue('start_attention.avg', mean(minutes), minutes.length)];
}
