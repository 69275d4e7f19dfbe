/** One dashboard picture from the model's cached tickets and facts (dashboard-model.ts). */
import { sql } from 'kysely';
import { DateTime } from 'luxon';
import { CHANNELS, OPEN_STATUSES, type Channel } from '../../shared/domain/ticket-enums';
import type { KpiValue } from '../../shared/kpi/index';
import type { CountRow, DashboardAgentRow, DashboardSnapshot, DashboardTicketRef } from '../../shared/reports/dashboard-types';
import { breachesOf } from '../../shared/reports/sla-outcomes';
import { readAvailability } from '../workflow/agent-settings';
import type { DashboardModel } from './dashboard-model';
import { livePeriods } from './dashboard-periods';
import { loadAlertFeed } from './dashboard-alerts';

const OPEN = new Set<string>(OPEN_STATUSES);

function counts(values: Iterable<string | null>): CountRow[] {
  const map = new Map<string | null, number>();
  for (const v of values) map.set(v, (map.get(v) ?? 0) + 1);
  return [...map.entries()].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || String(a.key).localeCompare(String(b.key)));
}

const pick = (values: KpiValue[], id: string): KpiValue => values.find((v) => v.id === id)!;

export async function computeSnapshot(model: DashboardModel, started: number): Promise<DashboardSnapshot> {
  const nowMs = model.clock.now().getTime();
  const now = new Date(nowMs).toISOString();
  const periods = livePeriods(nowMs, model.timeZone);
  const calls = model.allCalls();
  const month = model.live.report(periods.month, now, calls);
  const week = model.live.report(periods.week, now, calls);
  const today = model.live.report(periods.today, now, calls);

  const open = [...model.tickets.values()].filter((t) => OPEN.has(t.row.status) && t.row.type !== 'problem');
  const dayStart = Date.parse(DateTime.fromISO(periods.today.from, { zone: model.timeZone }).toUTC().toISO() ?? now);
  const monthStart = Date.parse(DateTime.fromISO(periods.month.from, { zone: model.timeZone }).toUTC().toISO() ?? now);
  let breachedToday = 0;
  const heat = new Map<string, { organizationId: string; areaId: string | null; count: number }>();
  for (const t of model.tickets.values()) {
    for (const b of breachesOf(t.history)) {
      const ms = Date.parse(b.dueAt);
      if (ms >= dayStart && ms <= nowMs) breachedToday += 1;
      if (ms >= monthStart && ms <= nowMs) {
        const key = `${t.row.organizationId}|${t.row.areaId ?? ''}`;
        const cell = heat.get(key) ?? { organizationId: t.row.organizationId, areaId: t.row.areaId, count: 0 };
        cell.count += 1;
        heat.set(key, cell);
      }
    }
  }

  const [atRisk, oldest, alerts, names] = await Promise.all([
    refs(model, 'sla_due_at', 15),
    refs(model, 'created_at', 5),
    loadAlertFeed(model.db, 60),
    loadNames(model),
  ]);
  const liveLoad = new Map<string, number>();
  for (const t of open) if (t.row.assigneeId) liveLoad.set(t.row.assigneeId, (liveLoad.get(t.row.assigneeId) ?? 0) + 1);
  const agentIds = [...new Set([...today.agents.map((a) => a.agentId), ...liveLoad.keys()])].sort();
  const todayRows = new Map(today.agents.map((a) => [a.agentId, a]));
  const agents: DashboardAgentRow[] = await Promise.all(
    agentIds.map(async (agentId) => ({
      ...(todayRows.get(agentId) ?? { agentId, openLoad: 0, handled: 0, avgHandlingBusinessMinutes: null, fcrRate: null, csat: null, ratings: 0, avgDocumentationMinutes: null, documented: 0, callsAnswered: 0, avgTalkSeconds: null }),
      name: names[agentId] ?? agentId,
      availability: await readAvailability(model.db, agentId).catch(() => null),
      liveLoad: liveLoad.get(agentId) ?? 0,
    })),
  );

  const callsToday = calls.filter((c) => Date.parse(c.enteredQueueAt) >= dayStart);
  const waits = callsToday.filter((c) => c.answeredAt).map((c) => (Date.parse(c.answeredAt!) - Date.parse(c.enteredQueueAt)) / 1000);
  return {
    computedAt: now,
    computeMs: Math.round((performance.now() - started) * 10) / 10,
    queues: {
      open: open.length,
      byStatus: counts(open.map((t) => t.row.status)),
      byPriority: counts(open.map((t) => t.row.priority)),
      byGroup: counts(open.map((t) => t.row.groupId)),
      byOrganization: counts(open.map((t) => t.row.organizationId)),
      byArea: counts(open.map((t) => t.row.areaId)),
      oldest,
    },
    sla: {
      atRisk,
      breachedToday,
      complianceToday: pick(today.kpis, 'sla.compliance'),
      complianceWeek: pick(week.kpis, 'sla.compliance'),
      complianceMonth: pick(month.kpis, 'sla.compliance'),
      heatmap: [...heat.values()],
    },
    agents,
    calls: {
      hasData: calls.length > 0,
      kpis: today.kpis.filter((k) => k.id.startsWith('calls.') || k.id === 'answer_time.calls.avg'),
      longestWaitSeconds: waits.length ? Math.max(...waits) : null,
    },
    alerts,
    trends: trends(model, periods.days),
    month: month.kpis,
    today: today.kpis,
    names,
  };
}

async function refs(model: DashboardModel, order: 'sla_due_at' | 'created_at', limit: number): Promise<DashboardTicketRef[]> {
  let q = model.db
    .selectFrom('tickets')
    .select(['id', 'number', 'provisional_number', 'title', 'status', 'priority', 'assignee_id', 'organization_id', 'created_at', 'sla_due_at'])
    .where('status', 'in', OPEN_STATUSES)
    .where('type', '<>', 'problem');
  if (order === 'sla_due_at') q = q.where('sla_due_at', 'is not', null);
  const rows = await q.orderBy(order).orderBy('id').limit(limit).execute();
  return rows.map((r) => ({
    id: r.id, number: r.number ?? r.provisional_number, title: r.title, status: r.status, priority: r.priority,
    assigneeId: r.assignee_id, organizationId: r.organization_id, createdAt: r.created_at, slaDueAt: r.sla_due_at,
  }));
}

async function loadNames(model: DashboardModel): Promise<Record<string, string>> {
  const rows = await sql<{ id: string; name: string }>`
    SELECT id, name FROM organizations UNION ALL SELECT id, name FROM areas
    UNION ALL SELECT id, name FROM agents UNION ALL SELECT id, name FROM groups`.execute(model.db);
  return Object.fromEntries(rows.rows.map((r) => [r.id, r.name]));
}

function trends(model: DashboardModel, days: string[]): DashboardSnapshot['trends'] {
  const zone = model.timeZone;
  const ends = days.map((d) => Date.parse(DateTime.fromISO(d, { zone }).plus({ days: 1 }).toUTC().toISO() ?? ''));
  const starts = days.map((d) => Date.parse(DateTime.fromISO(d, { zone }).toUTC().toISO() ?? ''));
  const dayOf = (ms: number): number => {
    for (let i = 0; i < days.length; i++) if (ms >= starts[i]! && ms < ends[i]!) return i;
    return -1;
  };
  const volume = Object.fromEntries(CHANNELS.map((c) => [c, days.map(() => 0)])) as Record<Channel, number[]>;
  const backlog = days.map(() => 0);
  const resolved = days.map(() => 0);
  const reopened = days.map(() => 0);
  for (const t of model.tickets.values()) {
    if (t.row.type === 'problem') continue;
    const created = Date.parse(t.row.createdAt);
    const i = dayOf(created);
    const series = volume[t.row.channel as Channel];
    if (i >= 0 && series) series[i] = (series[i] ?? 0) + 1;
    const doneAt = OPEN.has(t.row.status) ? Infinity : Date.parse(t.row.resolvedAt ?? t.row.closedAt ?? t.row.createdAt);
    ends.forEach((end, d) => {
      if (created < end && doneAt >= end) backlog[d]! += 1;
    });
    for (const e of t.history) {
      if (e.data.kind !== 'status_changed') continue;
      const d = dayOf(Date.parse(e.at));
      if (d < 0) continue;
      if (e.data.to === 'resolved') resolved[d]! += 1;
      if (e.data.from === 'resolved' && e.data.to === 'in_progress') reopened[d]! += 1;
    }
  }
  return {
    days,
    volume,
    backlog,
    reopenRate: days.map((_, d) => (resolved[d]! > 0 ? Math.round((reopened[d]! / resolved[d]!) * 1000) / 10 : null)),
  };
}
