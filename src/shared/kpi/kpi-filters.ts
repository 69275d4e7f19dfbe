/**
 * One filtering step before every KPI: dimensions keep or drop whole tickets and calls, the period is
 * resolved once and each KPI checks its own anchor instant against it (opened → creation, resolved →
 * resolution, answer time → the response…). Dimensions use the ticket's CURRENT attributes, as the SLA
 * clock does; a filter on several values keeps any of them.
 */
import type { Id } from '../domain/ids';
import type { Channel } from '../domain/ticket-enums';
import type { KpiCall, KpiCategory, KpiInput, KpiTicket } from './kpi-input';
import type { KpiPeriod, ResolvedPeriod } from './kpi-period';
import { resolvePeriod } from './kpi-period';
import { instantMs } from './kpi-instant';

export interface KpiFilters {
  /** Absent: everything up to `now`. */
  period?: KpiPeriod;
  organizationIds?: readonly Id[];
  areaIds?: readonly Id[];
  groupIds?: readonly Id[];
  /** The ticket's assignee; the call's answering agent. */
  agentIds?: readonly Id[];
  /** Calls are kept when `phone` is among the channels. */
  channels?: readonly Channel[];
  /** Each category with all its descendants. */
  categoryIds?: readonly Id[];
}

export interface FilteredKpiInput {
  tickets: readonly KpiTicket[];
  calls: readonly KpiCall[];
  period: ResolvedPeriod;
  calendars: KpiInput['calendars'];
  /** The input's agent set (null: the SLA clock's default rule). */
  agentIds: ReadonlySet<Id> | null;
}

export function filterKpiInput(input: KpiInput, filters: KpiFilters = {}): FilteredKpiInput {
  const period = resolvePeriod(filters.period, input.now);
  const organizations = setOf(filters.organizationIds);
  const areas = setOf(filters.areaIds);
  const groups = setOf(filters.groupIds);
  const agents = setOf(filters.agentIds);
  const channels = setOf(filters.channels);
  const categories = filters.categoryIds ? withDescendants(input.categories, filters.categoryIds) : null;
  const keeps = (set: ReadonlySet<string> | null, value: string | null): boolean =>
    set === null || (value !== null && set.has(value));

  // Tickets created after the period are dropped when their facts are read (kpi-context.ts), where the
  // creation instant is parsed anyway.
  const tickets = input.tickets.filter(
    (t) =>
      keeps(organizations, t.organizationId) &&
      keeps(areas, t.areaId) &&
      keeps(groups, t.groupId) &&
      keeps(agents, t.assigneeId) &&
      keeps(channels, t.channel) &&
      keeps(categories, t.categoryId),
  );
  const callsWanted = channels === null || channels.has('phone');
  const calls = callsWanted
    ? input.calls.filter((c) => {
        const entered = instantMs(c.enteredQueueAt);
        return (
          entered >= period.fromMs &&
          entered < period.toMs &&
          keeps(organizations, c.organizationId) &&
          keeps(areas, c.areaId) &&
          keeps(groups, c.groupId) &&
          keeps(agents, c.agentId) &&
          keeps(categories, c.categoryId)
        );
      })
    : [];
  return {
    tickets,
    calls,
    period,
    calendars: input.calendars,
    agentIds: input.agentIds ? new Set(input.agentIds) : null,
  };
}

function setOf<T extends string>(values: readonly T[] | undefined): ReadonlySet<string> | null {
  return values === undefined ? null : new Set<string>(values);
}

/** The selected categories and every category under them (cycles in bad data cannot loop). */
export function withDescendants(categories: readonly KpiCategory[], roots: readonly Id[]): ReadonlySet<Id> {
  const children = new Map<Id, Id[]>();
  for (const c of categories) {
    if (c.parentId === null) continue;
    const list = children.get(c.parentId);
    if (list) list.push(c.id);
    else children.set(c.parentId, [c.id]);
  }
  const result = new Set<Id>(roots);
  const stack = [...roots];
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    for (const child of children.get(id) ?? []) {
      if (!result.has(child)) {
        result.add(child);
        stack.push(child);
      }
    }
  }
  return result;
}
