/**
 * Month totals (DESIGN.md KPIs): opened, resolved, pending, by status, per agent, organization and area.
 * Service tickets only (incidents and requests). Grouping keys are the ticket's current attributes, the
 * same the filters use, so filtering by one organization gives exactly that organization's row.
 */
import type { Id } from '../domain/ids';
import type { TicketStatus } from '../domain/ticket-enums';
import { OPEN_STATUSES, TICKET_STATUSES } from '../domain/ticket-enums';
import type { KpiContext } from './kpi-context';
import { isServiceTicket } from './kpi-context';
import { inPeriod } from './kpi-period';
import { percent } from './kpi-stats';
import type { KpiValue } from './kpi-value';
import { kpiValue } from './kpi-value';
import type { TicketFacts } from './ticket-facts';

export interface KpiTotalsRow {
  /** Organization, area or agent id; null for "no area" / "unassigned". */
  key: Id | null;
  opened: number;
  resolved: number;
  pending: number;
}

export interface KpiTotals {
  opened: number;
  resolved: number;
  /** Open (new, in progress, pending) at the end of the period. */
  pending: number;
  /** Status at the end of the period of every ticket in the period's picture (see `inPicture`). */
  byStatus: Record<TicketStatus, number>;
  perAgent: KpiTotalsRow[];
  perOrganization: KpiTotalsRow[];
  perArea: KpiTotalsRow[];
}

const OPEN = new Set<TicketStatus>(OPEN_STATUSES);

export function isPendingAtEnd(facts: TicketFacts): boolean {
  return OPEN.has(facts.statusAtEnd);
}

/** Created, resolved or finished in the period, or still open at its end. */
function inPicture(facts: TicketFacts, ctx: KpiContext): boolean {
  return (
    inPeriod(facts.createdMs, ctx.period) ||
    inPeriod(facts.resolution?.ms ?? null, ctx.period) ||
    inPeriod(facts.finishedMs, ctx.period) ||
    isPendingAtEnd(facts)
  );
}

export function monthTotals(ctx: KpiContext): KpiTotals {
  const byStatus = Object.fromEntries(TICKET_STATUSES.map((s) => [s, 0])) as Record<TicketStatus, number>;
  const agents = new Map<Id | null, KpiTotalsRow>();
  const organizations = new Map<Id | null, KpiTotalsRow>();
  const areas = new Map<Id | null, KpiTotalsRow>();
  const totals = { opened: 0, resolved: 0, pending: 0 };
  for (const facts of ctx.facts) {
    if (!isServiceTicket(facts) || !inPicture(facts, ctx)) continue;
    byStatus[facts.statusAtEnd] += 1;
    const opened = inPeriod(facts.createdMs, ctx.period) ? 1 : 0;
    const resolved = inPeriod(facts.resolution?.ms ?? null, ctx.period) ? 1 : 0;
    const pending = isPendingAtEnd(facts) ? 1 : 0;
    totals.opened += opened;
    totals.resolved += resolved;
    totals.pending += pending;
    const { ticket } = facts;
    addTo(rowOf(agents, ticket.assigneeId), opened, resolved, pending);
    addTo(rowOf(organizations, ticket.organizationId), opened, resolved, pending);
    addTo(rowOf(areas, ticket.areaId), opened, resolved, pending);
  }
  return {
    ...totals,
    byStatus,
    perAgent: sortedRows(agents),
    perOrganization: sortedRows(organizations),
    perArea: sortedRows(areas),
  };
}

export function totalsKpis(totals: KpiTotals, ctx: KpiContext): KpiValue[] {
  let resolved = 0;
  let reopened = 0;
  for (const facts of ctx.facts) {
    if (!isServiceTicket(facts) || !inPeriod(facts.resolution?.ms ?? null, ctx.period)) continue;
    resolved += 1;
    if (facts.reopens > 0) reopened += 1;
  }
  return [
    kpiValue('tickets.opened', totals.opened, totals.opened),
    kpiValue('tickets.resolved', totals.resolved, totals.resolved),
    kpiValue('tickets.pending', totals.pending, totals.pending),
    kpiValue('tickets.reopen_rate', percent(reopened, resolved), resolved),
  ];
}

function addTo(row: KpiTotalsRow, opened: number, resolved: number, pending: number): void {
  row.opened += opened;
  row.resolved += resolved;
  row.pending += pending;
}

function rowOf(map: Map<Id | null, KpiTotalsRow>, key: Id | null): KpiTotalsRow {
  let row = map.get(key);
  if (row === undefined) {
    row = { key, opened: 0, resolved: 0, pending: 0 };
    map.set(key, row);
  }
  return row;
}

/** Stable order: by key, "none" (null) last. */
function sortedRows(map: Map<Id | null, KpiTotalsRow>): KpiTotalsRow[] {
  return [...map.values()].sort((a, b) =>
    a.key === b.key ? 0 : a.key === null ? 1 : b.key === null ? -1 : a.key < b.key ? -1 : 1,
  );
}
