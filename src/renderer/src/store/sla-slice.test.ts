import { describe, expect, it } from 'vitest';
import type { SlaAlertEvent } from '../../../shared/api/sla-schemas';
import type { Ticket } from '../../../shared/domain/ticket';
import { createAppStore } from './create-app-store';
import { createFakeApi, pagedQueue, type FakeApi } from './fake-api';
import { bindSlaEvents } from './sla-slice';

const alert = (over: Partial<SlaAlertEvent> = {}): SlaAlertEvent => ({
  alertId: 't1:first_response:warning:2026-11-26T15:00:00Z',
  ticketId: 't1',
  displayNumber: 'MS-10001',
  title: 'VPN',
  target: 'first_response',
  level: 'warning',
  dueAt: '2026-11-26T15:15:00Z',
  repeat: 0,
  priority: 'P1',
  assigneeId: 'agent-demo',
  groupId: 'group-n1',
  suggestedGroupId: 'group-n2-network',
  suggestedLevel: 'N2',
  ...over,
});

function setup(status: Ticket['status'] = 'new'): { api: FakeApi; store: ReturnType<typeof createAppStore> } {
  const ticket = { id: 't1', status } as Ticket;
  const api = createFakeApi({
    'queue.page': pagedQueue(3),
    'queue.counts': () => ({ mine: 1, group: 1, unassigned: 1, all_open: 3 }),
    'ticket.get': () => ({ ticket, requester: null, comments: [], events: [] }),
    'mutation.apply': () => ({ ticketIds: ['t1'], mutationId: 1 }),
    'sla.acknowledge': () => ({}),
    'sla.snooze': () => ({ snoozedUntil: '2026-11-26T15:45:00Z' }),
  });
  const store = createAppStore({ api, pageSize: 100 });
  store.setState((s) => ({
    session: {
      ...s.session,
      status: 'ready',
      info: { agent: { id: 'agent-demo' }, deviceId: 'd', language: 'es' } as never,
    },
  }));
  bindSlaEvents(store, api);
  return { api, store };
}

describe('SLA slice: alerts and escalation prompts', () => {
  it('turns an alert on my ticket into a prompt; others only colour the badge', () => {
    const { api, store } = setup();
    api.emit('sla.alert', alert());
    api.emit(
      'sla.alert',
      alert({ alertId: 't2:x', ticketId: 't2', assigneeId: 'agent-luis', level: 'breach' }),
    );
    const { sla } = store.getState();
    expect(sla.prompts.map((p) => p.ticketId)).toEqual(['t1']);
    expect(sla.levels).toEqual({ t1: 'warning', t2: 'breach' });
  });

  it('keeps one prompt per ticket (the newest level) and never lowers a known level', () => {
    const { api, store } = setup();
    api.emit('sla.alert', alert({ level: 'critical', alertId: 'c' }));
    api.emit('sla.alert', alert({ level: 'warning', alertId: 'w' }));
    expect(store.getState().sla.prompts.map((p) => p.alertId)).toEqual(['w']);
    expect(store.getState().sla.levels.t1).toBe('critical');
  });

  it('escalate to a group: a ticket.escalate mutation with the reason, then the alert is acknowledged', async () => {
    const { api, store } = setup();
    api.emit('sla.alert', alert());
    await store
      .getState()
      .answerPrompt(alert().alertId, {
        kind: 'functional',
        toGroupId: 'group-n2-network',
        toLevel: 'N2',
        reason: 'Falla VPN',
      });
    expect(api.callsOf('mutation.apply')).toEqual([
      {
        name: 'ticket.escalate',
        args: {
          ticketId: 't1',
          kind: 'functional',
          toGroupId: 'group-n2-network',
          toLevel: 'N2',
          reason: 'Falla VPN',
        },
      },
    ]);
    expect(api.callsOf('sla.acknowledge')).toEqual([{ alertId: alert().alertId }]);
    expect(store.getState().sla.prompts).toEqual([]);
    expect(store.getState().ticket.selectedId).toBe('t1');
  });

  it('take it now: moves a new ticket to in_progress and acknowledges', async () => {
    const { api, store } = setup('new');
    api.emit('sla.alert', alert());
    await store.getState().answerPrompt(alert().alertId, { kind: 'take' });
    expect(api.callsOf('mutation.apply')).toEqual([
      { name: 'ticket.setStatus', args: { ticketId: 't1', to: 'in_progress', reason: null } },
    ]);
    expect(api.callsOf('sla.acknowledge')).toHaveLength(1);
  });

  it('take it now on a ticket already in progress only acknowledges', async () => {
    const { api, store } = setup('in_progress');
    api.emit('sla.alert', alert());
    await store.getState().answerPrompt(alert().alertId, { kind: 'take' });
    expect(api.callsOf('mutation.apply')).toEqual([]);
    expect(api.callsOf('sla.acknowledge')).toHaveLength(1);
  });

  it('snooze goes through sla.snooze with its reason (no acknowledgment)', async () => {
    const { api, store } = setup();
    api.emit('sla.alert', alert());
    await store
      .getState()
      .answerPrompt(alert().alertId, { kind: 'snooze', minutes: 30, reason: 'En llamada' });
    expect(api.callsOf('sla.snooze')).toEqual([
      { alertId: alert().alertId, minutes: 30, reason: 'En llamada' },
    ]);
    expect(api.callsOf('sla.acknowledge')).toEqual([]);
    expect(store.getState().sla.prompts).toEqual([]);
  });

  it('a failed escalation keeps the prompt so the agent can retry', async () => {
    const { api, store } = setup();
    api.emit('sla.alert', alert());
    const failing = createFakeApi({});
    store.setState({ invokeApi: failing.invoke });
    (api as unknown as { invoke: unknown }).invoke = failing.invoke;
    await expect(
      store.getState().answerPrompt(alert().alertId, { kind: 'hierarchical', reason: 'x' }),
    ).rejects.toThrow();
    expect(store.getState().sla.prompts).toHaveLength(1);
  });

  it('opens the ticket when a notification is clicked (ticket.openRequested) and leaves the admin view', async () => {
    const { api, store } = setup();
    store.getState().openSlaAdmin();
    api.emit('ticket.openRequested', { ticketId: 't1' });
    expect(store.getState().ticket.selectedId).toBe('t1');
    expect(store.getState().sla.adminOpen).toBe(false);
  });
});
