import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../shared/domain/ids';
import {
  createServicesFixture,
  createUrgentTicket,
  type ServicesFixture,
} from './sla-handlers.test-fixtures';

let f: ServicesFixture;
beforeAll(async () => {
  f = await createServicesFixture();
}, 60_000);
afterAll(async () => f?.close());

const events = async (
  ticketId: string,
): Promise<Array<{ data: { kind: string } & Record<string, unknown> }>> =>
  (await f.call('ticket.get', { id: ticketId })).value.events;

describe('SLA engine wired into the main services', () => {
  it('raises a warning: desktop notification with the ticket id, sla.alert with a suggested group', async () => {
    const id = newId();
    await createUrgentTicket(f, id);
    const ticket = (await f.call('ticket.get', { id })).value.ticket;
    expect(ticket.slaDueAt).toBe('2026-11-26T15:15:00Z');
    f.clock.advance(12 * 60_000); // 80 % of 15 min: past the 75 % warning
    await f.services.sla.resume();
    await f.services.sla.idle();
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(f.notifier.shown.filter((n) => n.ticketId === id)).toHaveLength(1);
    const alert = f.pushed.find(
      (p) => p.event === 'sla.alert' && (p.payload as { ticketId: string }).ticketId === id,
    );
    expect(alert?.payload).toMatchObject({
      level: 'warning',
      target: 'first_response',
      assigneeId: 'agent-demo',
      suggestedGroupId: 'group-n2-network',
      suggestedLevel: 'N2',
    });
    expect((await events(id)).map((e) => e.data.kind)).toContain('sla_alert');

    const view = (await f.call('sla.forTicket', { id })).value;
    expect(view.policy).toMatchObject({ id: 'sla-p1-incident' });
    expect(view.targets.map((t: { target: string; state: string }) => [t.target, t.state])).toContainEqual([
      'first_response',
      'warning',
    ]);
    expect(view.explanation[0].code).toBe('clock.policy');
    expect(view.spans).toEqual([
      { kind: 'running', from: ticket.createdAt, to: '2026-11-26T15:12:00Z', status: null },
    ]);
    expect(view.alerts).toHaveLength(1);

    // Snoozing needs a reason; with one it becomes an event.
    const alertId = view.alerts[0].alertId as string;
    const refused = await f.call('sla.snooze', { alertId, minutes: 30, reason: '  ' });
    expect(refused.error).toMatchObject({
      code: 'bridge.invalid_input',
      fieldErrors: [{ path: 'reason', code: 'required' }],
    });
    expect(
      (await f.call('sla.snooze', { alertId, minutes: 30, reason: 'Llamando al usuario' })).value,
    ).toEqual({ snoozedUntil: '2026-11-26T15:42:00Z' });
    const snoozed = (await events(id)).find((e) => e.data.kind === 'sla_alert_snoozed');
    expect(snoozed?.data).toMatchObject({
      alertId,
      until: '2026-11-26T15:42:00Z',
      reason: 'Llamando al usuario',
    });
    expect((await f.call('sla.acknowledge', { alertId })).ok).toBe(true);
    expect((await events(id)).map((e) => e.data.kind)).toContain('sla_alert_acknowledged');
    expect((await f.call('sla.acknowledge', { alertId: 'nope:first_response:warning:x' })).error.code).toBe(
      'sla.not_found',
    );
  });
});

describe('ticket.escalate through mutation.apply', () => {
  it('refuses an escalation without a reason and changes nothing', async () => {
    const id = newId();
    await createUrgentTicket(f, id);
    const before = await events(id);
    const result = await f.call('mutation.apply', {
      name: 'ticket.escalate',
      args: { ticketId: id, kind: 'functional', toGroupId: 'group-n2-network', reason: '   ' },
    });
    expect(result.ok).toBe(false);
    expect(result.error.code).toBe('bridge.invalid_input');
    expect(result.error.fieldErrors).toContainEqual(
      expect.objectContaining({ path: 'args.reason', code: 'required' }),
    );
    expect(await events(id)).toHaveLength(before.length);
  });

  it('functional: moves the ticket to the group and level, clears the assignee, records the reason', async () => {
    const id = newId();
    await createUrgentTicket(f, id);
    const result = await f.call('mutation.apply', {
      name: 'ticket.escalate',
      args: {
        ticketId: id,
        kind: 'functional',
        toGroupId: 'group-n2-network',
        toLevel: 'N2',
        reason: 'Falla del concentrador VPN',
      },
    });
    expect(result.ok).toBe(true);
    const { ticket, events: history } = (await f.call('ticket.get', { id })).value;
    expect(ticket).toMatchObject({ groupId: 'group-n2-network', level: 'N2', assigneeId: null });
    expect(history.at(-1).data).toEqual({
      kind: 'escalated',
      escalation: 'functional',
      from: { assigneeId: 'agent-demo', groupId: 'group-n1', level: 'N1' },
      to: { assigneeId: null, groupId: 'group-n2-network', level: 'N2' },
      reason: 'Falla del concentrador VPN',
    });
  });

  it('hierarchical: recorded for the supervisor, the assignee keeps the ticket', async () => {
    const id = newId();
    await createUrgentTicket(f, id);
    expect(
      (
        await f.call('mutation.apply', {
          name: 'ticket.escalate',
          args: { ticketId: id, kind: 'hierarchical', reason: 'Cliente VIP' },
        })
      ).ok,
    ).toBe(true);
    const { ticket, events: history } = (await f.call('ticket.get', { id })).value;
    expect(ticket.assigneeId).toBe('agent-demo');
    expect(history.at(-1).data).toMatchObject({
      kind: 'escalated',
      escalation: 'hierarchical',
      reason: 'Cliente VIP',
    });
  });

  it('a functional escalation needs a group or a level', async () => {
    const id = newId();
    await createUrgentTicket(f, id);
    const result = await f.call('mutation.apply', {
      name: 'ticket.escalate',
      args: { ticketId: id, kind: 'functional', reason: 'x' },
    });
    expect(result.error.fieldErrors).toContainEqual(expect.objectContaining({ path: 'args.toGroupId' }));
  });
});

describe('SLA configuration', () => {
  const valid = { name: 'Test', timeZone: 'America/Lima', hours: { mon: [['08:00', '12:00']] } };

  it('rejects an invalid calendar naming each field, and saves nothing', async () => {
    const before = (await f.call('sla.calendars.list', {})).value;
    const result = await f.call('sla.calendars.save', {
      id: 'broken',
      calendar: {
        name: 'Roto',
        timeZone: 'Mars/Olympus',
        hours: { mon: [['08:00', '25:00']], tue: [['14:00', '13:00']] },
        holidays: ['2026-13-01'],
      },
    });
    expect(result.error.code).toBe('sla.invalid_config');
    expect(result.error.fieldErrors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([
      ['timeZone', 'calendar.unknown_time_zone'],
      ['hours.mon[0][1]', 'calendar.bad_time'],
      ['hours.tue[0]', 'calendar.interval_reversed'],
      ['holidays[0]', 'calendar.bad_date'],
    ]);
    expect((await f.call('sla.calendars.list', {})).value).toEqual(before);
  });

  it('saves, previews and refuses to delete a calendar in use', async () => {
    expect(
      (
        await f.call('sla.calendars.save', {
          id: 'test-cal',
          calendar: { ...valid, holidays: [{ date: '2026-12-08', name: 'Inmaculada' }] },
        })
      ).ok,
    ).toBe(true);
    const preview = (
      await f.call('sla.calendars.preview', {
        calendar: { ...valid, holidays: ['2026-12-07'] },
        weekStart: '2026-12-07',
      })
    ).value;
    expect(preview.days[0]).toMatchObject({ weekday: 'mon', holiday: '', intervals: [], businessMinutes: 0 });
    expect(
      (await f.call('sla.calendars.preview', { calendar: valid, weekStart: '2026-12-14' })).value.days[0],
    ).toMatchObject({ intervals: [['08:00', '12:00']], businessMinutes: 240 });
    expect((await f.call('sla.calendars.delete', { id: 'lima' })).error).toMatchObject({
      code: 'sla.config_in_use',
    });
    expect((await f.call('sla.calendars.delete', { id: 'test-cal' })).ok).toBe(true);
  });

  it('imports holidays from .ics or names the problem', async () => {
    const ics = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      'BEGIN:VEVENT',
      'UID:1',
      'DTSTART;VALUE=DATE:20261225',
      'SUMMARY:Navidad',
      'END:VEVENT',
      'END:VCALENDAR',
      '',
    ].join('\r\n');
    expect((await f.call('sla.calendars.importIcs', { text: ics })).value.holidays).toEqual([
      { date: '2026-12-25', name: 'Navidad' },
    ]);
    const bad = await f.call('sla.calendars.importIcs', { text: 'hello' });
    expect(bad.error.fieldErrors).toEqual([
      expect.objectContaining({ path: 'text', code: 'ics.not_icalendar' }),
    ]);
  });

  it('rejects invalid policies naming the field; defaults thresholds from the settings', async () => {
    const count = (await f.call('sla.policies.list', {})).value.length;
    const bad = await f.call('sla.policies.save', {
      policy: {
        id: 'p-x',
        name: 'X',
        match: {},
        targets: { firstResponseMinutes: 30, resolutionMinutes: -5 },
        calendarId: 'lima',
      },
    });
    expect(bad.error.fieldErrors.map((e: { path: string; code: string }) => [e.path, e.code])).toEqual([
      ['targets.resolutionMinutes', 'policy.target_invalid'],
    ]);
    const noCalendar = await f.call('sla.policies.save', {
      policy: {
        id: 'p-x',
        name: 'X',
        match: {},
        targets: { firstResponseMinutes: 30, resolutionMinutes: 60 },
        calendarId: 'atlantis',
      },
    });
    expect(noCalendar.error.fieldErrors).toEqual([
      expect.objectContaining({ path: 'calendarId', code: 'policy.unknown_calendar' }),
    ]);
    expect((await f.call('sla.policies.list', {})).value).toHaveLength(count);

    expect(
      (
        await f.call('sla.settings.set', {
          warningPercent: 60,
          criticalPercent: 80,
          repeatIntervalMinutes: 5,
          doNotDisturb: true,
        })
      ).ok,
    ).toBe(true);
    await f.call('sla.policies.save', {
      policy: {
        id: 'p-x',
        name: 'X',
        match: { categoryId: 'cat-net-vpn-connect' },
        targets: { firstResponseMinutes: 30, resolutionMinutes: 60 },
        calendarId: 'lima',
      },
    });
    const saved = (await f.call('sla.policies.list', {})).value.find((p: { id: string }) => p.id === 'p-x');
    expect(saved.policy.thresholds).toEqual({ warning: 0.6, critical: 0.8 });
    expect((await f.call('sla.policies.delete', { id: 'p-x' })).ok).toBe(true);
  });

  it('tells which policy applies and why', async () => {
    const result = (
      await f.call('sla.policies.test', {
        ticket: { organizationId: 'org-northwind', priority: 'P1', ticketType: 'incident' },
      })
    ).value;
    expect(result.contractId).toBe('contract-org-northwind');
    expect(result.selection).toMatchObject({
      policyId: 'sla-northwind-p1',
      matchedFields: ['organizationId', 'priority'],
    });
    expect(result.selection.reason.code).toBe('policy.reason.field_precedence');
    expect((await f.call('sla.policies.test', { ticket: {} })).value.selection.policyId).toBe('sla-default');
  });

  it('validates settings with the field named', async () => {
    const result = await f.call('sla.settings.set', {
      warningPercent: 95,
      criticalPercent: 90,
      repeatIntervalMinutes: 0,
      doNotDisturb: false,
    });
    expect(result.error.fieldErrors.map((e: { path: string }) => e.path).sort()).toEqual([
      'repeatIntervalMinutes',
      'warningPercent',
    ]);
    expect((await f.call('sla.settings.get', {})).value).toMatchObject({
      warningPercent: 60,
      repeatIntervalMinutes: 5,
    });
  });
});
