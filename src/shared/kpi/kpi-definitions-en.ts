/** English KPI definitions (docs/kpis.md, English). Keep in step with kpi-definitions-es.ts. */
import type { KpiDefinitions } from './kpi-definitions';

export const KPI_DEFINITIONS_EN: KpiDefinitions = {
  tickets_opened: {
    name: 'Tickets opened',
    definition: 'Incidents and requests created in the period, whatever their status now.',
    formula: 'count(tickets with created ∈ period)',
    unit: 'tickets',
  },
  tickets_resolved: {
    name: 'Tickets resolved',
    definition:
      'Incidents and requests whose resolution (the latest move to resolved, still standing at the end of the period) falls in the period.',
    formula: 'count(tickets with resolved ∈ period)',
    unit: 'tickets',
  },
  tickets_pending: {
    name: 'Tickets pending',
    definition: 'Incidents and requests still open (new, in progress or pending) at the end of the period.',
    formula: 'count(tickets open at period end)',
    unit: 'tickets',
  },
  reopen_rate: {
    name: 'Reopen rate',
    definition: 'Share of the tickets resolved in the period that had been reopened at least once (the requester rejected a resolution).',
    formula: 'resolved tickets with ≥ 1 reopen / resolved tickets × 100',
    unit: '% of resolved tickets',
  },
  repeated_incidents: {
    name: 'Repeated incidents',
    definition:
      'Incidents opened in the period that repeat a previous one: reopened; or the same requester opened an incident in the same category within the window before (default 30 days); or linked to a problem that already had an earlier incident. Cancelled incidents are ignored.',
    formula: 'count(repeated); rate = repeated / incidents opened × 100',
    unit: 'incidents; % of incidents opened',
  },
  resolution_time: {
    name: 'Resolution time',
    definition:
      'For tickets resolved in the period, the time from creation to resolution: in business minutes of the ticket’s SLA calendar (pauses not subtracted) and in wall-clock minutes. A reopened ticket counts to its final resolution.',
    formula: 'mean, median (middle value) and p90 (nearest rank) of resolved − created',
    unit: 'business minutes; minutes',
  },
  solution_time: {
    name: 'Average solution time',
    definition: 'Average business minutes from creation to resolution of the tickets resolved in the period (the same figure as the mean business resolution time).',
    formula: 'Σ business minutes(created → resolved) / tickets resolved',
    unit: 'business minutes',
  },
  incidents_per_problem: {
    name: 'Incidents per problem',
    definition: 'For each problem open during the period, the incidents linked to it; the mean over those problems.',
    formula: 'Σ linked incidents / problems',
    unit: 'incidents per problem',
  },
  problem_identification: {
    name: 'Time to problem identification',
    definition: 'For problems created in the period, hours from the creation of the first linked incident to the creation of the problem (0 if the problem came first).',
    formula: 'mean(problem created − first linked incident created)',
    unit: 'hours',
  },
  problem_root_cause: {
    name: 'Time to root cause',
    definition: 'For problems whose root cause was first recorded in the period, hours from the creation of the first linked incident to that record.',
    formula: 'mean(root cause recorded − first linked incident created)',
    unit: 'hours',
  },
  answer_time_calls: {
    name: 'Call answer time (ASA and longest)',
    definition: 'For calls that entered the queue in the period and were answered, seconds from queue entry to answer: the average (ASA) and the longest.',
    formula: 'mean and max of (answered − entered queue)',
    unit: 'seconds',
  },
  answer_time_contacts: {
    name: 'Answer time, other contacts',
    definition:
      'For email, chat and portal tickets whose first agent response falls in the period, business minutes from creation to that response (the first public agent comment or the first move out of new by an agent: the SLA first response). Average and longest.',
    formula: 'mean and max of business minutes(created → first agent response)',
    unit: 'business minutes',
  },
  start_attention: {
    name: 'Average time to start attention',
    definition: 'For tickets first moved to in progress by an agent in the period, business minutes from creation to that move.',
    formula: 'mean business minutes(created → first in_progress by an agent)',
    unit: 'business minutes',
  },
  documentation_time: {
    name: 'Average documentation time',
    definition:
      'Active time agents spent writing a ticket’s documentation (notes, solution), measured by the workstation while editing (more than 60 s idle pauses it), per ticket resolved in the period that has a measurement.',
    formula: 'Σ documentation minutes / documented tickets resolved',
    unit: 'minutes per ticket',
  },
  first_contact_resolution: {
    name: 'First-contact resolution',
    definition:
      'Share of the tickets resolved in the period that were resolved at first contact: the agent said so and the history shows no escalation, transfer, hand-over to another agent, wait for the requester or a third party, or reopen, and the first agent resolved it. Optional email variant: resolved within N hours of the first reply.',
    formula: 'first-contact resolutions / tickets resolved × 100',
    unit: '% of resolved tickets',
  },
  satisfaction_csat: {
    name: 'Satisfaction (CSAT)',
    definition: 'Share of the ratings answered in the period that are 4 or 5 out of 5.',
    formula: 'ratings 4–5 / all ratings × 100',
    unit: '% of ratings',
  },
  satisfaction_mean: {
    name: 'Average rating',
    definition: 'Mean of the ratings (1 to 5) answered in the period.',
    formula: 'Σ scores / ratings',
    unit: 'points of 5',
  },
  satisfaction_response_rate: {
    name: 'Survey response rate',
    definition: 'Share of the satisfaction surveys sent in the period that were answered.',
    formula: 'surveys answered / surveys sent × 100',
    unit: '% of surveys',
  },
  calls_offered: {
    name: 'Calls offered',
    definition: 'Calls that entered a queue in the period and were answered, abandoned or ended unanswered.',
    formula: 'count(calls offered)',
    unit: 'calls',
  },
  calls_answered: {
    name: 'Calls answered',
    definition: 'Calls offered in the period that an agent answered.',
    formula: 'count(answered calls)',
    unit: 'calls',
  },
  calls_abandoned: {
    name: 'Calls abandoned',
    definition: 'Calls offered in the period whose caller hung up while waiting in the queue; short abandons are counted apart unless the variant includes them.',
    formula: 'count(abandoned calls) [− short abandons]',
    unit: 'calls',
  },
  calls_short_abandoned: {
    name: 'Short abandons',
    definition: 'Abandoned calls that waited less than the short-abandon threshold (default 5 s): misdials and instant hang-ups, reported apart.',
    formula: 'count(abandoned with wait < threshold)',
    unit: 'calls',
  },
  calls_abandoned_rate: {
    name: 'Abandoned calls',
    definition:
      'Share of the calls offered in the period that were abandoned in the queue. Default: short abandons are left out of both counts; variants keep them offered, or count them as abandoned.',
    formula: '(abandoned − short) / (offered − short) × 100 [default]',
    unit: '% of calls offered',
  },
  calls_service_level: {
    name: 'Calls answered within threshold (service level)',
    definition: 'Share of the calls offered in the period that were answered within T seconds (default 20). Variants divide by calls answered, or by calls offered minus short abandons.',
    formula: 'answered within T / offered × 100 [default]',
    unit: '% of calls',
  },
  sla_compliance: {
    name: 'SLA compliance',
    definition:
      'Share of the SLA targets decided in the period that were met, overall and per target type (first response, next update, resolution). A target is decided when met or when its due time passes unmet; the SLA clock’s pauses and business calendar apply.',
    formula: 'targets met / targets decided × 100',
    unit: '% of targets',
  },
};
