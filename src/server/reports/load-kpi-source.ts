/**
 * The server's KPI input loader: four bulk queries (tickets, their events, calls, categories), the same
 * columns on SQLite and PostgreSQL, then the shared `buildKpiInput` — the desktop does the same over its
 * replica, so both compute identical numbers. It reads every ticket that can matter for the period and
 * the month before it (for the comparison): created before the period's end and either created within
 * the repeat window before the previous month, or not finished before it.
 */
import type { Kysely } from 'kysely';
import type { KpiCall, KpiPeriod } from '../../shared/kpi/index';
import { kpiLookbackStart, previousMonth, resolvePeriod } from '../../shared/kpi/index';
import { OPEN_STATUSES } from '../../shared/domain/ticket-enums';
import type { KpiSourceResult, KpiTicketRow } from '../../shared/reports/kpi-source';
import { buildKpiInput, HistoryGrouper, kpiEventOf, KPI_SOURCE_EVENT_KINDS } from '../../shared/reports/kpi-source';
import type { ServerDatabase } from '../db/schema';
import { reportsDb } from './report-tables';

export interface LoadKpiOptions {
  period: KpiPeriod;
  /** Read only these organizations' tickets and calls (a report never sees another one's). */
  organizationIds?: readonly string[];
  now: string;
  /** Also read the month before (for month-over-month); default true. */
  withPreviousMonth?: boolean;
}

const iso = (ms: number): string => new Date(ms).toISOString();

export async function loadKpiSource(db: Kysely<ServerDatabase>, options: LoadKpiOptions): Promise<KpiSourceResult> {
  const base = options.withPreviousMonth === false ? options.period : previousMonth(options.period);
  const earliest = resolvePeriod(base, options.now).fromMs;
  const lookback = Date.parse(kpiLookbackStart(base));
  const fromIso = iso(Math.min(earliest, Number.isNaN(lookback) ? earliest : lookback));
  const toIso = iso(resolvePeriod(options.period, options.now).toMs);
  const orgs = options.organizationIds;

  let tickets = db
    .selectFrom('tickets as t')
    .select([
      't.id', 't.number', 't.provisional_number', 't.title', 't.type', 't.channel', 't.organization_id', 't.area_id',
      't.group_id', 't.assignee_id', 't.category_id', 't.requester_id', 't.priority', 't.status', 't.created_at',
      't.resolved_at', 't.closed_at', 't.problem_id',
    ])
    .where('t.created_at', '<', toIso)
    .where((eb) =>
      eb.or([
        eb('t.created_at', '>=', fromIso),
        eb('t.status', 'in', OPEN_STATUSES),
        eb('t.resolved_at', '>=', fromIso),
        eb('t.closed_at', '>=', fromIso),
      ]),
    );
  if (orgs) tickets = tickets.where('t.organization_id', 'in', orgs.length > 0 ? [...orgs] : ['']);

  let events = db
    .selectFrom('ticket_events as e')
    .innerJoin('tickets as t', 't.id', 'e.ticket_id')
    .select(['e.id', 'e.ticket_id', 'e.actor_id', 'e.at', 'e.data_json'])
    .where('e.kind', 'in', KPI_SOURCE_EVENT_KINDS)
    .where('t.created_at', '<', toIso)
    .where((eb) =>
      eb.or([
        eb('t.created_at', '>=', fromIso),
        eb('t.status', 'in', OPEN_STATUSES),
        eb('t.resolved_at', '>=', fromIso),
        eb('t.closed_at', '>=', fromIso),
      ]),
    )
    .orderBy('e.ticket_id')
    .orderBy('e.at')
    .orderBy('e.id');
  if (orgs) events = events.where('t.organization_id', 'in', orgs.length > 0 ? [...orgs] : ['']);

  let calls = reportsDb(db)
    .selectFrom('calls as c')
    .leftJoin('tickets as t', 't.id', 'c.ticket_id')
    .select([
      'c.call_id', 'c.queue', 'c.entered_at', 'c.answered_at', 'c.abandoned_at', 'c.ended_at', 'c.agent_id',
      'c.ticket_id', 'c.group_id', 't.organization_id', 't.area_id', 't.category_id',
    ])
    .where('c.direction', '=', 'inbound')
    .where('c.queue', '<>', '')
    .where('c.entered_at', '>=', iso(earliest))
    .where('c.entered_at', '<', toIso);
  if (orgs) calls = calls.where('t.organization_id', 'in', orgs.length > 0 ? [...orgs] : ['']);

  const [ticketRows, eventRows, callRows, categories] = await Promise.all([
    tickets.execute(),
    events.execute(),
    calls.execute(),
    db.selectFrom('categories').select(['id', 'parent_id']).execute(),
  ]);
  // ~1 M rows for a month of the desk: grouped straight from the driver's rows, no intermediate copies.
  const grouper = new HistoryGrouper();
  for (const e of eventRows) grouper.add(kpiEventOf(e.id, e.ticket_id, e.actor_id, e.at, e.data_json));
  return buildKpiInput({
    tickets: ticketRows.map(toTicketRow),
    events: [],
    history: grouper.history,
    calls: callRows.map(
      (c): KpiCall => ({
        id: `${c.call_id}@${c.queue}`,
        queueId: c.queue,
        enteredQueueAt: c.entered_at,
        answeredAt: c.answered_at,
        abandonedAt: c.abandoned_at,
        endedAt: c.ended_at,
        agentId: c.agent_id,
        ticketId: c.ticket_id,
        organizationId: c.organization_id ?? null,
        areaId: c.area_id ?? null,
        groupId: c.group_id,
        categoryId: c.category_id ?? null,
      }),
    ),
    categories: categories.map((c) => ({ id: c.id, parentId: c.parent_id })),
    now: options.now,
  });
}

type TicketSelect = {
  id: string; number: string | null; provisional_number: string; title: string; type: string; channel: string;
  organization_id: string; area_id: string | null; group_id: string | null; assignee_id: string | null;
  category_id: string | null; requester_id: string; priority: string; status: string; created_at: string;
  resolved_at: string | null; closed_at: string | null; problem_id: string | null;
};

export function toTicketRow(r: TicketSelect): KpiTicketRow {
  return {
    id: r.id,
    number: r.number,
    provisionalNumber: r.provisional_number,
    title: r.title,
    type: r.type,
    channel: r.channel,
    organizationId: r.organization_id,
    areaId: r.area_id,
    groupId: r.group_id,
    assigneeId: r.assignee_id,
    categoryId: r.category_id,
    requesterId: r.requester_id,
    priority: r.priority,
    status: r.status,
    createdAt: r.created_at,
    resolvedAt: r.resolved_at,
    closedAt: r.closed_at,
    problemId: r.problem_id,
  };
}
