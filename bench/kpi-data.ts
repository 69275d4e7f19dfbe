/**
 * Deterministic KPI input for the benchmark (`kpi.month_*`): one month (November 2026, desk time
 * America/Lima) of 150 000 tickets with their KPI-relevant histories — claims, starts, public replies,
 * pauses, escalations and transfers, resolutions with the first-contact flag, reopens, documentation
 * time, closures — SLA target outcomes, satisfaction surveys, ~600 problems with linked incidents, and
 * 50 000 queue calls (answered, abandoned, short abandons, timeouts). Same seed → same data; nothing
 * reads Math.random or the wall clock.
 */
import type { TicketEvent, TicketEventData } from '../src/shared/domain/ticket-event';
import type { Channel, Priority, TicketStatus, TicketType } from '../src/shared/domain/ticket-enums';
import { createPrng, type Prng } from '../src/shared/demo/prng';
import type { KpiCall, KpiCategory, KpiInput, KpiSlaTarget, KpiSurvey, KpiTicket } from '../src/shared/kpi/index';
import type { KpiPeriod } from '../src/shared/kpi/index';
import type { Calendar } from '../src/shared/sla/index';

export const KPI_BENCH_PERIOD: KpiPeriod = { from: '2026-11-01', to: '2026-12-01', timeZone: 'America/Lima' };
export const KPI_BENCH_NOW = '2026-12-01T12:00:00Z';

export interface KpiBenchSize {
  tickets: number;
  calls: number;
}

const MONTH_START = Date.parse('2026-11-01T05:00:00Z');
const MONTH_MS = 30 * 86_400_000;
const ORGANIZATIONS = Array.from({ length: 20 }, (_, i) => `org-${String(i + 1).padStart(2, '0')}`);
const GROUPS = ['g-n1', 'g-n1-b', 'g-n2-net', 'g-n2-apps', 'g-n3-infra'];
const AGENTS = Array.from({ length: 200 }, (_, i) => `agent-${String(i + 1).padStart(3, '0')}`);
const CHANNELS: Array<readonly [Channel, number]> = [['email', 35], ['phone', 25], ['portal', 25], ['chat', 12], ['walk_in', 3]];
const PRIORITIES: Array<readonly [Priority, number]> = [['P1', 3], ['P2', 12], ['P3', 55], ['P4', 30]];
const TARGET_MINUTES: Record<Priority, [number, number]> = { P1: [15, 240], P2: [30, 480], P3: [120, 1440], P4: [240, 2880] };

function calendars(): Record<string, Calendar> {
  const office: Array<[string, string]> = [['08:00', '13:00'], ['14:00', '18:00']];
  const extended: Array<[string, string]> = [['07:00', '22:00']];
  const zones = [['lima', 'America/Lima'], ['cdmx', 'America/Mexico_City'], ['madrid', 'Europe/Madrid']] as const;
  const result: Record<string, Calendar> = {};
  for (const [key, timeZone] of zones) {
    result[`${key}-office`] = { name: `${key} office`, timeZone, hours: { mon: office, tue: office, wed: office, thu: office, fri: office }, holidays: ['2026-11-01', '2026-12-08', '2026-12-25'] };
    result[`${key}-extended`] = { name: `${key} extended`, timeZone, hours: { mon: extended, tue: extended, wed: extended, thu: extended, fri: extended, sat: [['09:00', '13:00']] } };
  }
  return result;
}
const CALENDAR_IDS = Object.keys(calendars());
// Ids come from pools built once, as a database driver hands out flat strings: ids glued per ticket with
// template literals would be V8 cons strings, which Map lookups must flatten first — a cost real data
// from SQLite or PostgreSQL does not have.
const REQUESTERS = new Map(ORGANIZATIONS.map((org) => [org, Array.from({ length: 400 }, (_, i) => `req-${org}-${i + 1}`.padEnd(16, '-'))]));
const AREAS = new Map(ORGANIZATIONS.map((org) => [org, Array.from({ length: 5 }, (_, i) => `${org}-area-${i + 1}`.padEnd(16, '-'))]));

function categories(): KpiCategory[] {
  const list: KpiCategory[] = [];
  for (let root = 1; root <= 8; root++) {
    list.push({ id: `cat-${root}`, parentId: null });
    for (let child = 1; child <= 6; child++) {
      list.push({ id: `cat-${root}-${child}`, parentId: `cat-${root}` });
      for (let leaf = 1; leaf <= 3; leaf++) list.push({ id: `cat-${root}-${child}-${leaf}`, parentId: `cat-${root}-${child}` });
    }
  }
  return list;
}
const CATEGORIES = categories();
const LEAF_CATEGORIES = CATEGORIES.filter((c) => c.id.split('-').length === 4).map((c) => c.id);

const iso = (ms: number): string => new Date(ms).toISOString();

class HistoryWriter {
  readonly events: TicketEvent[] = [];
  private n = 0;
  constructor(private readonly ticketId: string) {}
  add(at: number, actorId: string, data: TicketEventData): void {
    this.n += 1;
    this.events.push({ id: `${this.ticketId}-e${this.n}`, ticketId: this.ticketId, actorId, deviceId: 'dev', at: iso(at), offline: false, data });
  }
}

function minutes(prng: Prng, typical: number): number {
  // Log-normal-ish spread around the typical value, at least one minute.
  return Math.max(1, Math.round(typical * Math.exp((prng.next() - 0.5) * 2.2))) * 60_000;
}

function ticket(prng: Prng, index: number, problems: string[]): KpiTicket {
  const id = `t-${String(index).padStart(6, '0')}`;
  const type: TicketType = prng.chance(0.004) ? 'problem' : prng.chance(0.7) ? 'incident' : 'request';
  const organizationId = prng.pick(ORGANIZATIONS);
  const channel = prng.weighted(CHANNELS);
  const priority = prng.weighted(PRIORITIES);
  const createdMs = MONTH_START + Math.floor(prng.next() * MONTH_MS);
  const requesterId = prng.pick(REQUESTERS.get(organizationId)!);
  const groupId = prng.pick(GROUPS.slice(0, 2));
  const agent = prng.pick(AGENTS);
  const h = new HistoryWriter(id);
  h.add(createdMs, requesterId, { kind: 'created', channel, status: 'new', priority });
  let t = createdMs + minutes(prng, 20);
  let status: TicketStatus = 'new';
  let holder: string | null = null;
  let group: string | null = groupId;
  const move = (to: TicketStatus, actor: string): void => {
    h.add(t, actor, { kind: 'status_changed', from: status, to, reason: null });
    status = to;
  };
  const assign = (to: string, toGroup: string | null): void => {
    h.add(t, to, { kind: 'assigned', from: { assigneeId: holder, groupId: group }, to: { assigneeId: to, groupId: toGroup } });
    holder = to;
    group = toGroup;
  };
  let resolvedMs: number | null = null;
  let closedMs: number | null = null;
  if (!prng.chance(0.04)) {
    assign(agent, groupId);
    if (channel !== 'phone' && prng.chance(0.6)) h.add(t, agent, { kind: 'commented', commentId: `${id}-c1`, visibility: 'public' });
    move('in_progress', agent);
    const escalate = prng.chance(0.15);
    const wait = prng.chance(0.2);
    if (wait) {
      t += minutes(prng, 30);
      move('pending_requester', agent);
      t += minutes(prng, 240);
      move('in_progress', requesterId);
    }
    if (escalate) {
      t += minutes(prng, 40);
      const specialist = prng.pick(AGENTS);
      h.add(t, agent, { kind: 'escalated', escalation: 'functional', from: { assigneeId: agent, groupId, level: 'N1' }, to: { assigneeId: specialist, groupId: 'g-n2-net', level: 'N2' }, reason: 'needs N2' });
      assign(specialist, 'g-n2-net');
    }
    if (prng.chance(0.88)) {
      t += minutes(prng, priority === 'P1' ? 60 : 300);
      const resolver = holder ?? agent;
      if (prng.chance(0.7)) h.add(t, resolver, { kind: 'documentation_time_recorded', seconds: prng.int(30, 900) });
      move('resolved', resolver);
      h.add(t, resolver, { kind: 'resolution_recorded', resolutionCode: 'fixed', solution: 'done', firstContact: !escalate && !wait && prng.chance(0.8) });
      resolvedMs = t;
      if (prng.chance(0.05)) {
        t += minutes(prng, 600);
        move('in_progress', requesterId);
        resolvedMs = null;
        if (prng.chance(0.8)) {
          t += minutes(prng, 120);
          move('resolved', resolver);
          resolvedMs = t;
        }
      }
      if (resolvedMs !== null && prng.chance(0.6)) {
        t += minutes(prng, 1440);
        move('closed', requesterId);
        closedMs = t;
      }
    }
  } else if (prng.chance(0.5)) {
    move('cancelled', agent);
    closedMs = t;
  }
  if (type === 'problem') {
    problems.push(id);
    if (prng.chance(0.6)) h.add(createdMs + minutes(prng, 2000), agent, { kind: 'problem_updated', rootCause: 'cause' });
  }
  const [frMinutes, resMinutes] = TARGET_MINUTES[priority];
  const slaTargets: KpiSlaTarget[] = [outcome(prng, 'first_response', createdMs, frMinutes)];
  if (resolvedMs !== null) slaTargets.push(outcome(prng, 'resolution', createdMs, resMinutes));
  const surveys: KpiSurvey[] = [];
  if (resolvedMs !== null && prng.chance(0.5)) {
    const answered = prng.chance(0.3);
    surveys.push({
      sentAt: iso(resolvedMs + 60_000),
      rating: answered ? { score: prng.weighted([[5, 50], [4, 25], [3, 12], [2, 6], [1, 7]] as const), comment: null, respondedAt: iso(resolvedMs + minutes(prng, 600)) } : null,
    });
  }
  return {
    id,
    type,
    channel,
    organizationId,
    areaId: prng.pick(AREAS.get(organizationId)!),
    groupId: group,
    assigneeId: holder,
    categoryId: prng.pick(LEAF_CATEGORIES),
    requesterId,
    priority,
    status,
    createdAt: iso(createdMs),
    resolvedAt: resolvedMs === null ? null : iso(resolvedMs),
    closedAt: closedMs === null ? null : iso(closedMs),
    problemId: type === 'incident' && problems.length > 0 && prng.chance(0.03) ? prng.pick(problems) : null,
    calendarId: prng.pick(CALENDAR_IDS),
    events: h.events,
    slaTargets,
    surveys,
  };
}

function outcome(prng: Prng, target: KpiSlaTarget['target'], createdMs: number, targetMinutes: number): KpiSlaTarget {
  const met = prng.chance(0.85);
  const due = iso(createdMs + targetMinutes * 60_000);
  return met
    ? { target, state: 'met', completedAt: iso(createdMs + Math.floor(prng.next() * targetMinutes) * 60_000), breachedAt: null, applicable: true }
    : { target, state: 'breached', completedAt: null, breachedAt: due, applicable: true };
}

function call(prng: Prng, index: number): KpiCall {
  const entered = MONTH_START + Math.floor(prng.next() * MONTH_MS);
  const organizationId = prng.pick(ORGANIZATIONS);
  const roll = prng.next();
  const base: KpiCall = {
    id: `call-${index}`,
    queueId: `q-${prng.int(1, 4)}`,
    enteredQueueAt: iso(entered),
    answeredAt: null,
    abandonedAt: null,
    endedAt: null,
    agentId: null,
    ticketId: null,
    organizationId,
    areaId: prng.pick(AREAS.get(organizationId)!),
    groupId: 'g-n1',
    categoryId: null,
  };
  if (roll < 0.85) {
    const answered = entered + Math.round(Math.exp(prng.next() * 4.5) * 1000);
    return { ...base, answeredAt: iso(answered), endedAt: iso(answered + prng.int(60, 900) * 1000), agentId: prng.pick(AGENTS) };
  }
  if (roll < 0.98) return { ...base, abandonedAt: iso(entered + prng.int(1, 180) * 1000) };
  return { ...base, endedAt: iso(entered + 300_000) };
}

/** A month of desk data (default 150 000 tickets, 50 000 calls), seed 42. */
export function generateKpiBenchInput(seed = 42, size: KpiBenchSize = { tickets: 150_000, calls: 50_000 }): KpiInput {
  const prng = createPrng(seed);
  const problems: string[] = [];
  const tickets: KpiTicket[] = [];
  for (let i = 0; i < size.tickets; i++) tickets.push(ticket(prng, i, problems));
  const calls: KpiCall[] = [];
  for (let i = 0; i < size.calls; i++) calls.push(call(prng, i));
  return { tickets, calls, calendars: calendars(), categories: CATEGORIES, now: KPI_BENCH_NOW };
}
