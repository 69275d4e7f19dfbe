/**
 * Deterministic data for the SLA benchmark: 10 calendars (5 time zones × office hours / extended hours,
 * with holidays), policies (P1–P4 × ticket type, plus organization and area overrides), contracts, and
 * open tickets whose histories have responses, pauses, comments, priority changes and reopens.
 * Same seed → same data; nothing reads Math.random or the wall clock.
 */
import type { TicketEvent, TicketEventData } from '../src/shared/domain/ticket-event';
import { createPrng } from '../src/shared/demo/prng';
import type { Calendar, SlaPolicy } from '../src/shared/sla/index';
import type { SlaClockTicket, SlaContract } from '../src/shared/sla/clock-types';

export const BENCH_NOW = '2026-11-26T15:00:00Z';
const NOW_SECONDS = Date.parse(BENCH_NOW) / 1000;

export interface BenchTicket {
  ticket: SlaClockTicket & { assigneeId: string | null; groupId: string | null };
  events: TicketEvent[];
}

export interface SlaBenchData {
  calendars: Map<string, Calendar>;
  policies: SlaPolicy[];
  contractsByOrganization: Map<string, SlaContract>;
  tickets: BenchTicket[];
  now: string;
}

const ZONES: Array<{ key: string; timeZone: string; holidays: string[] }> = [
  { key: 'lima', timeZone: 'America/Lima', holidays: ['2026-07-28', '2026-07-29', '2026-08-30', '2026-10-08', '2026-11-01', '2026-12-08', '2026-12-25'] },
  { key: 'madrid', timeZone: 'Europe/Madrid', holidays: ['2026-08-15', '2026-10-12', '2026-11-01', '2026-12-06', '2026-12-08', '2026-12-25'] },
  { key: 'cdmx', timeZone: 'America/Mexico_City', holidays: ['2026-09-16', '2026-11-16', '2026-12-25'] },
  { key: 'santiago', timeZone: 'America/Santiago', holidays: ['2026-09-18', '2026-09-19', '2026-10-12', '2026-10-31', '2026-11-01', '2026-12-08', '2026-12-25'] },
  { key: 'tokyo', timeZone: 'Asia/Tokyo', holidays: ['2026-09-21', '2026-09-22', '2026-10-12', '2026-11-03', '2026-11-23'] },
];

function calendars(): Map<string, Calendar> {
  const map = new Map<string, Calendar>();
  for (const zone of ZONES) {
    const office: Array<[string, string]> = [['08:00', '13:00'], ['14:00', '18:00']];
    const extended: Array<[string, string]> = [['07:00', '22:00']];
    map.set(`${zone.key}-office`, {
      name: `${zone.key} office`,
      timeZone: zone.timeZone,
      hours: { mon: office, tue: office, wed: office, thu: office, fri: office },
      holidays: zone.holidays,
      exceptions: { '2026-12-24': [['08:00', '12:00']] },
    });
    map.set(`${zone.key}-extended`, {
      name: `${zone.key} extended`,
      timeZone: zone.timeZone,
      hours: { mon: extended, tue: extended, wed: extended, thu: extended, fri: extended, sat: [['09:00', '13:00']] },
      holidays: zone.holidays,
    });
  }
  return map;
}

const ORGANIZATIONS = Array.from({ length: 10 }, (_, i) => `org-${i + 1}`);
const PRIORITY_MINUTES: Record<string, [number, number, number | undefined]> = {
  P1: [15, 240, 60],
  P2: [30, 480, 120],
  P3: [120, 1440, undefined],
  P4: [240, 2880, undefined],
};

function policies(): SlaPolicy[] {
  const list: SlaPolicy[] = [];
  const thresholds = { warning: 0.75, critical: 0.9 };
  for (const [priority, [firstResponseMinutes, resolutionMinutes, nextUpdateMinutes]] of Object.entries(PRIORITY_MINUTES)) {
    for (const ticketType of ['incident', 'request', 'problem']) {
      const factor = ticketType === 'incident' ? 1 : 2;
      list.push({
        id: `p-${priority}-${ticketType}`,
        name: `${priority} ${ticketType}`,
        match: { priority, ticketType },
        targets: {
          firstResponseMinutes,
          resolutionMinutes: resolutionMinutes * factor,
          ...(nextUpdateMinutes === undefined ? {} : { nextUpdateMinutes }),
        },
        thresholds,
        calendarId: priority === 'P1' ? 'lima-extended' : 'lima-office',
      });
    }
  }
  // Each organization works on its own calendar; a few areas have tighter targets.
  ORGANIZATIONS.forEach((organizationId, index) => {
    const zone = ZONES[index % ZONES.length]!;
    list.push({
      id: `p-${organizationId}`,
      name: `${organizationId} contract`,
      match: { organizationId },
      targets: { firstResponseMinutes: 60, resolutionMinutes: 960 },
      thresholds,
      calendarId: `${zone.key}-${index % 2 === 0 ? 'office' : 'extended'}`,
    });
    list.push({
      id: `p-${organizationId}-p1`,
      name: `${organizationId} P1`,
      match: { organizationId, priority: 'P1' },
      targets: { firstResponseMinutes: 15, nextUpdateMinutes: 60, resolutionMinutes: 240 },
      thresholds,
      calendarId: `${zone.key}-extended`,
    });
    list.push({
      id: `p-${organizationId}-area-1`,
      name: `${organizationId} area 1`,
      match: { organizationId, areaId: `${organizationId}-area-1` },
      targets: { firstResponseMinutes: 30, resolutionMinutes: 480 },
      thresholds: { warning: 0.6, critical: 0.85 },
      calendarId: `${zone.key}-office`,
    });
  });
  list.push({
    id: 'p-default',
    name: 'Default',
    match: {},
    targets: { firstResponseMinutes: 240, resolutionMinutes: 2880 },
    thresholds,
    calendarId: 'madrid-office',
  });
  return list;
}

function contracts(): Map<string, SlaContract> {
  const map = new Map<string, SlaContract>();
  ORGANIZATIONS.forEach((organizationId, index) => {
    // Organizations with an even index take responsibility for their own third parties.
    map.set(organizationId, {
      id: `contract-${organizationId}`,
      organizationId,
      thirdPartyResponsibility: index % 2 === 0 ? 'client' : 'provider',
    });
  });
  return map;
}

const iso = (seconds: number): string => new Date(seconds * 1000).toISOString().replace('.000Z', 'Z');

export function generateSlaBenchData(options: { seed: number; tickets: number }): SlaBenchData {
  const prng = createPrng(options.seed);
  const tickets: BenchTicket[] = [];
  const PRIORITIES = ['P1', 'P2', 'P3', 'P4'];
  for (let n = 0; n < options.tickets; n++) {
    const id = `t-${n}`;
    const organizationId = prng.pick(ORGANIZATIONS);
    const requesterId = `req-${prng.int(1, 500)}`;
    const agent = `agent-${prng.int(1, 40)}`;
    const created = NOW_SECONDS - prng.int(60, 20 * 86_400);
    let priority: string = prng.weighted([['P1', 1], ['P2', 3], ['P3', 5], ['P4', 2]] as const);
    const events: TicketEvent[] = [];
    let seq = 0;
    const add = (at: number, data: TicketEventData, actorId = agent): void => {
      events.push({ id: `${id}-e${seq++}`, ticketId: id, actorId, deviceId: 'bench', at: iso(at), offline: false, data });
    };
    add(created, { kind: 'created', channel: 'email', status: 'new', priority: priority as never }, requesterId);
    let status = 'new';
    let clock = created;
    const step = (): number => {
      clock = Math.min(NOW_SECONDS, clock + prng.int(60, 12 * 3600));
      return clock;
    };
    const move = (to: string, actor = agent): void => {
      add(step(), { kind: 'status_changed', from: status as never, to: to as never, reason: null }, actor);
      status = to;
    };
    if (prng.chance(0.85)) move('in_progress');
    if (status !== 'new' && prng.chance(0.35)) {
      move(prng.chance(0.7) ? 'pending_requester' : 'pending_third_party');
      if (prng.chance(0.7)) move('in_progress', requesterId);
    }
    if (prng.chance(0.5)) add(step(), { kind: 'commented', commentId: `${id}-c1`, visibility: prng.chance(0.6) ? 'public' : 'internal' });
    if (prng.chance(0.1)) {
      const to = prng.pick(PRIORITIES);
      add(step(), {
        kind: 'prioritized',
        from: { impact: 'medium', urgency: 'medium', priority: priority as never },
        to: { impact: 'high', urgency: 'high', priority: to as never },
      });
      priority = to;
    }
    if (status === 'in_progress' && prng.chance(0.05)) {
      move('resolved');
      move('in_progress', requesterId);
    }
    if (status === 'in_progress' && prng.chance(0.15)) move('pending_requester');
    tickets.push({
      ticket: {
        id,
        createdAt: iso(created),
        status,
        priority,
        type: prng.weighted([['incident', 6], ['request', 3], ['problem', 1]] as const),
        organizationId,
        areaId: `${organizationId}-area-${prng.int(1, 4)}`,
        categoryId: null,
        requesterId,
        assigneeId: status === 'new' ? null : agent,
        groupId: 'group-n1',
      },
      events,
    });
  }
  return { calendars: calendars(), policies: policies(), contractsByOrganization: contracts(), tickets, now: BENCH_NOW };
}
