/**
 * SLA configuration of the demo desk: five office calendars with their 2026–2027 holidays, one contract
 * per demo organization, and policies P1–P4 × ticket type plus a few organization and area overrides.
 * Deterministic: the same seed writes the same rows.
 */
import type { Kysely } from 'kysely';
import { createPrng } from '../../shared/demo/prng';
import type { Calendar, SlaPolicyInput } from '../../shared/sla/index';
import type { Database } from '../store/schema';
import { saveSlaCalendar, saveSlaContract, saveSlaPolicies } from '../store/queries/sla-config';

type Hours = Array<[string, string]>;
const week = (hours: Hours) => ({ mon: hours, tue: hours, wed: hours, thu: hours, fri: hours });
const allDay: Hours = [['00:00', '24:00']];

export const DEMO_CALENDARS: Record<string, Calendar> = {
  lima: {
    name: 'Lima — oficina',
    timeZone: 'America/Lima',
    hours: week([['08:00', '13:00'], ['14:00', '18:00']]),
    holidays: ['2026-12-08', '2026-12-25', '2027-01-01', '2027-04-01', '2027-04-02', '2027-05-01',
      { date: '2026-07-28', name: 'Fiestas Patrias' }, { date: '2026-07-29', name: 'Fiestas Patrias' }],
    exceptions: { '2026-12-24': [['08:00', '12:00']], '2026-12-31': [['08:00', '12:00']] },
  },
  madrid: {
    name: 'Madrid — oficina',
    timeZone: 'Europe/Madrid',
    hours: week([['09:00', '14:00'], ['15:00', '18:00']]),
    holidays: ['2026-12-08', '2026-12-25', '2027-01-01', '2027-01-06', '2027-05-01', '2027-05-02'],
  },
  mexico: {
    name: 'Ciudad de México — oficina',
    timeZone: 'America/Mexico_City',
    hours: week([['09:00', '18:00']]),
    holidays: ['2026-11-16', '2026-12-25', '2027-01-01', '2027-02-01', '2027-03-15'],
  },
  santiago: {
    name: 'Santiago — oficina',
    timeZone: 'America/Santiago',
    hours: week([['08:30', '17:30']]),
    holidays: ['2026-12-08', '2026-12-25', '2027-01-01', '2027-05-01', '2027-05-21'],
  },
  tokyo: {
    name: 'Tokyo office',
    timeZone: 'Asia/Tokyo',
    hours: week([['09:00', '17:30']]),
    holidays: ['2026-11-23', '2027-01-01', '2027-01-11', '2027-02-11', '2027-02-23'],
  },
  'lima-24x7': {
    name: 'Lima — 24×7',
    timeZone: 'America/Lima',
    hours: { ...week(allDay), sat: allDay, sun: allDay },
  },
};

/** [first response, resolution, next update] in business minutes, per priority. */
const TARGETS: Record<string, [number, number, number | undefined]> = {
  P1: [15, 240, 60],
  P2: [30, 480, 120],
  P3: [120, 1440, undefined],
  P4: [240, 2880, undefined],
};

const DEMO_ORGANIZATIONS: Array<{ id: string; name: string; calendarId: string }> = [
  { id: 'org-andina', name: 'Andina Seguros', calendarId: 'lima' },
  { id: 'org-sanrafael', name: 'Clínica San Rafael', calendarId: 'lima' },
  { id: 'org-northwind', name: 'Northwind Logistics', calendarId: 'mexico' },
  { id: 'org-contoso', name: 'Contoso Retail', calendarId: 'madrid' },
  { id: 'org-municipal', name: 'Municipalidad de Miraflores', calendarId: 'lima' },
];

export function demoSlaPolicies(): SlaPolicyInput[] {
  const policies: SlaPolicyInput[] = [];
  for (const [priority, [firstResponseMinutes, resolutionMinutes, nextUpdateMinutes]] of Object.entries(TARGETS)) {
    for (const ticketType of ['incident', 'request', 'problem']) {
      // Requests and problems are planned work: twice the time to resolve.
      const factor = ticketType === 'incident' ? 1 : 2;
      policies.push({
        id: `sla-${priority.toLowerCase()}-${ticketType}`,
        name: `${priority} · ${ticketType}`,
        match: { priority, ticketType },
        targets: {
          firstResponseMinutes,
          resolutionMinutes: resolutionMinutes * factor,
          ...(nextUpdateMinutes === undefined ? {} : { nextUpdateMinutes }),
        },
        // P1 incidents are worked around the clock.
        calendarId: priority === 'P1' && ticketType === 'incident' ? 'lima-24x7' : 'lima',
      });
    }
  }
  policies.push(
    { id: 'sla-default', name: 'General', match: {}, targets: { firstResponseMinutes: 240, resolutionMinutes: 2880 }, calendarId: 'lima' },
    // The clinic's pharmacy cannot wait: tighter targets for its area, on the 24×7 calendar.
    {
      id: 'sla-sanrafael-farmacia',
      name: 'Clínica San Rafael · Farmacia',
      match: { organizationId: 'org-sanrafael', areaId: 'org-sanrafael-area-2' },
      targets: { firstResponseMinutes: 15, nextUpdateMinutes: 60, resolutionMinutes: 240 },
      thresholds: { warning: 0.6, critical: 0.85 },
      calendarId: 'lima-24x7',
    },
    {
      id: 'sla-contoso',
      name: 'Contoso Retail (Madrid)',
      match: { organizationId: 'org-contoso' },
      targets: { firstResponseMinutes: 60, resolutionMinutes: 960 },
      calendarId: 'madrid',
    },
    {
      id: 'sla-northwind-p1',
      name: 'Northwind · P1',
      match: { organizationId: 'org-northwind', priority: 'P1' },
      targets: { firstResponseMinutes: 10, nextUpdateMinutes: 30, resolutionMinutes: 180 },
      calendarId: 'mexico',
    },
  );
  return policies;
}

export async function seedSlaDemo(store: { db: Kysely<Database> }, options: { seed: number; now?: string }): Promise<void> {
  const now = options.now ?? '2026-11-26T00:00:00Z';
  const prng = createPrng(options.seed);
  for (const [id, calendar] of Object.entries(DEMO_CALENDARS)) await saveSlaCalendar(store.db, id, calendar, now);
  for (const organization of DEMO_ORGANIZATIONS) {
    await saveSlaContract(
      store.db,
      {
        id: `contract-${organization.id}`,
        organizationId: organization.id,
        name: `Contrato ${organization.name}`,
        thirdPartyResponsibility: prng.pick(['provider', 'client', 'shared'] as const),
        terms: { calendarId: organization.calendarId },
      },
      now,
    );
  }
  await saveSlaPolicies(store.db, demoSlaPolicies(), now);
}
