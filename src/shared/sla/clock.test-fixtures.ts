/** Histories, policies and calendars shared by the clock tests. Only imported by *.test.ts files. */
import type { TicketEvent, TicketEventData } from '../domain/ticket-event';
import { lima, utc24x7 } from './business-time.test-fixtures';
import type { SlaClockInput, SlaClockTicket } from './clock-types';
import type { SlaPolicy } from './policy-schema';

/** Monday 2026-03-02 14:00 UTC (09:00 in Lima). */
export const T0 = '2026-03-02T14:00:00Z';
const T0_SECONDS = Date.parse(T0) / 1000;

/** T0 plus `minutes`, as a canonical instant. */
export function at(minutes: number): string {
  return new Date((T0_SECONDS + minutes * 60) * 1000).toISOString().replace('.000Z', 'Z');
}

const thresholds = { warning: 0.75, critical: 0.9 };
export const standard: SlaPolicy = {
  id: 'p-standard',
  name: 'Standard',
  match: {},
  targets: { firstResponseMinutes: 60, resolutionMinutes: 480 },
  thresholds,
  calendarId: 'utc',
};
export const urgent: SlaPolicy = {
  id: 'p-urgent',
  name: 'Urgent (P1)',
  match: { priority: 'P1' },
  targets: { firstResponseMinutes: 15, nextUpdateMinutes: 60, resolutionMinutes: 240 },
  thresholds,
  calendarId: 'utc',
};
export const limaOffice: SlaPolicy = {
  id: 'p-lima',
  name: 'Lima office hours',
  match: { organizationId: 'org-lima' },
  targets: { firstResponseMinutes: 60, resolutionMinutes: 540 },
  thresholds,
  calendarId: 'lima',
};
export const POLICIES: readonly SlaPolicy[] = [standard, urgent, limaOffice];
export const CALENDARS = { utc: utc24x7, lima };

export const AGENT = 'agent-ana';
export const REQUESTER = 'req-lucia';

export function history(): { events: TicketEvent[]; add(atIso: string, data: TicketEventData, actorId?: string): void } {
  const events: TicketEvent[] = [];
  return {
    events,
    add(atIso, data, actorId = AGENT) {
      events.push({
        id: `e${events.length + 1}`,
        ticketId: 't1',
        actorId,
        deviceId: 'device-test',
        at: atIso,
        offline: false,
        data,
      });
    },
  };
}

export const created = (priority = 'P3'): TicketEventData =>
  ({ kind: 'created', channel: 'email', status: 'new', priority }) as TicketEventData;
export const moved = (from: string, to: string): TicketEventData =>
  ({ kind: 'status_changed', from, to, reason: null }) as TicketEventData;
export const comment = (visibility: 'public' | 'internal' = 'public'): TicketEventData => ({
  kind: 'commented',
  commentId: 'c1',
  visibility,
});
export const prioritized = (from: string, to: string): TicketEventData =>
  ({
    kind: 'prioritized',
    from: { impact: 'medium', urgency: 'medium', priority: from },
    to: { impact: 'high', urgency: 'high', priority: to },
  }) as TicketEventData;

export function ticket(overrides: Partial<SlaClockTicket> = {}): SlaClockTicket {
  return {
    id: 't1',
    createdAt: T0,
    status: 'new',
    priority: 'P3',
    type: 'incident',
    organizationId: 'org-acme',
    areaId: null,
    categoryId: null,
    requesterId: REQUESTER,
    ...overrides,
  };
}

export function input(
  events: TicketEvent[],
  now: string,
  overrides: Partial<Omit<SlaClockInput, 'ticket'>> & { ticket?: Partial<SlaClockTicket> } = {},
): SlaClockInput {
  const { ticket: ticketOverrides, ...rest } = overrides;
  return { ticket: ticket(ticketOverrides), events, policies: POLICIES, calendars: CALENDARS, now, ...rest };
}
