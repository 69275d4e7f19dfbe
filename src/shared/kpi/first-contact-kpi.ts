/**
 * First-contact resolution % (DESIGN.md KPIs): service tickets resolved in the period that were resolved
 * at first contact / all of them. The rule is `assessFirstContact` (src/shared/workflow, docs/workflow.md
 * §5), applied to the history up to the period's end — not redefined here.
 *
 * Optional email variant (`fcrEmailWindowHours`): an email ticket resolved within N hours of the first
 * agent reply also counts when the only breaks are the ones an email conversation makes by nature — the
 * agent did not flag it (`not_recorded`/`agent_said_no`) or it waited for the requester's answer
 * (`waited`). Escalation, transfer, hand-over, reopen and a different resolver still break it.
 */
import type { FirstContactAssessment, FirstContactBreak } from '../workflow/first-contact';
import { FIRST_CONTACT_BREAKS } from '../workflow/first-contact';
import type { KpiContext } from './kpi-context';
import { firstContactOf, isServiceTicket } from './kpi-context';
import { inPeriod } from './kpi-period';
import { percent } from './kpi-stats';
import type { KpiValue } from './kpi-value';
import { kpiValue } from './kpi-value';
import type { TicketFacts } from './ticket-facts';

export interface FirstContactOutcome {
  facts: TicketFacts;
  firstContact: boolean;
  /** Counted only thanks to the email window variant. */
  byEmailWindow: boolean;
  assessment: FirstContactAssessment;
}

const EMAIL_WINDOW_FORGIVES = new Set<FirstContactBreak>(['not_recorded', 'agent_said_no', 'waited']);

/** One assessment per ticket resolved in the period; the KPI and the agent table both read these. */
export function assessResolvedTickets(ctx: KpiContext): FirstContactOutcome[] {
  const windowHours = ctx.options.fcrEmailWindowHours;
  const outcomes: FirstContactOutcome[] = [];
  for (const facts of ctx.facts) {
    const resolution = facts.resolution;
    if (resolution === null || !isServiceTicket(facts) || !inPeriod(resolution.ms, ctx.period)) continue;
    const assessment = firstContactOf(facts);
    let byEmailWindow = false;
    if (!assessment.firstContact && windowHours !== null && facts.ticket.channel === 'email') {
      const reply = facts.firstResponseMs;
      byEmailWindow =
        reply !== null &&
        resolution.ms - reply <= windowHours * 3_600_000 &&
        assessment.breaks.every((b) => EMAIL_WINDOW_FORGIVES.has(b));
    }
    outcomes.push({ facts, firstContact: assessment.firstContact || byEmailWindow, byEmailWindow, assessment });
  }
  return outcomes;
}

export function firstContactKpis(outcomes: readonly FirstContactOutcome[]): KpiValue[] {
  let yes = 0;
  for (const o of outcomes) if (o.firstContact) yes += 1;
  return [kpiValue('first_contact_resolution.rate', percent(yes, outcomes.length), outcomes.length)];
}

/** How many resolved tickets each condition failed (a ticket can fail several): the "why not FCR" view. */
export function firstContactBreakCounts(outcomes: readonly FirstContactOutcome[]): Record<FirstContactBreak, number> {
  const counts = Object.fromEntries(FIRST_CONTACT_BREAKS.map((b) => [b, 0])) as Record<FirstContactBreak, number>;
  for (const o of outcomes) for (const b of o.assessment.breaks) counts[b] += 1;
  return counts;
}
