import { describe, expect, it } from 'vitest';
import type { TicketEvent, TicketEventData } from '../../../shared/domain/ticket-event';
import { createI18n } from '../i18n/create-i18n';
import { describeEvent, type EventNames } from './describe-event';

const names: EventNames = {
  person: (id) => ({ a1: 'Ana', a2: 'Luis' })[id] ?? null,
  category: (id) => (id === 'c1' ? 'Hardware › Impresoras' : null),
  group: (id) => (id === 'g1' ? 'N2 Redes' : null),
};

const event = (data: TicketEventData): TicketEvent => ({
  id: 'e1',
  ticketId: 't1',
  actorId: 'a1',
  deviceId: 'd1',
  at: '2026-01-01T10:00:00.000Z',
  offline: false,
  data,
});

describe('describeEvent', () => {
  it('renders each kind in words, in both languages', () => {
    const i18n = createI18n('en');
    const t = i18n.t;
    expect(
      describeEvent(
        t,
        event({ kind: 'status_changed', from: 'new', to: 'in_progress', reason: null }),
        names,
      ),
    ).toBe('Ana changed status from New to In progress');
    expect(describeEvent(t, event({ kind: 'categorized', from: null, to: 'c1' }), names)).toBe(
      'Ana changed the category from none to Hardware › Impresoras',
    );
    expect(
      describeEvent(
        t,
        event({
          kind: 'assigned',
          from: { assigneeId: null, groupId: null },
          to: { assigneeId: 'a2', groupId: 'g1' },
        }),
        names,
      ),
    ).toBe('Ana assigned the ticket to Luis');
    expect(
      describeEvent(t, event({ kind: 'commented', commentId: 'c', visibility: 'internal' }), names),
    ).toBe('Ana added an internal note');
    expect(
      describeEvent(
        t,
        event({
          kind: 'sla_alert',
          alertId: 'x',
          target: 'resolution',
          level: 'warning',
          repeat: 0,
          thresholdAt: 'x',
          dueAt: 'D',
        }),
        names,
        (iso) => `@${iso}`,
      ),
    ).toBe('SLA alert (warning) on resolution; due @D');
    expect(describeEvent(t, event({ kind: 'future_kind' } as never), names)).toBe(
      'Ana recorded an event (future_kind)',
    );
    void i18n.changeLanguage('es');
    expect(
      describeEvent(
        t,
        event({ kind: 'status_changed', from: 'new', to: 'in_progress', reason: null }),
        names,
      ),
    ).toBe('Ana cambió el estado de Nuevo a En curso');
    expect(
      describeEvent(
        t,
        { ...event({ kind: 'created', channel: 'phone', status: 'new', priority: 'P2' }), actorId: 'zz' },
        names,
      ),
    ).toBe('Alguien registró el ticket por Teléfono con prioridad P2');
  });

  it('describes escalations and snoozed SLA alerts', () => {
    const en = createI18n('en').t;
    const es = createI18n('es').t;
    const from = { assigneeId: 'a1', groupId: null, level: 'N1' } as const;
    const functional = event({ kind: 'escalated', escalation: 'functional', from, to: { assigneeId: null, groupId: 'g1', level: 'N2' }, reason: 'VPN' });
    expect(describeEvent(en, functional, names)).toBe('Ana escalated the ticket to group N2 Redes (N2)');
    expect(describeEvent(es, functional, names)).toBe('Ana escaló el ticket al grupo N2 Redes (N2)');
    const hierarchical = event({ kind: 'escalated', escalation: 'hierarchical', from, to: from, reason: 'VIP' });
    expect(describeEvent(en, hierarchical, names)).toBe('Ana escalated the ticket to the supervisor');
    const snoozed = event({ kind: 'sla_alert_snoozed', alertId: 'x', target: 'resolution', level: 'warning', until: '2026-01-01T11:00:00Z', reason: 'En llamada' });
    expect(describeEvent(en, snoozed, names, () => '11:00')).toBe('Ana snoozed the SLA alert (warning) on resolution until 11:00');
    expect(describeEvent(es, snoozed, names, () => '11:00')).toBe('Ana pospuso la alerta de SLA (aviso) de resolución hasta 11:00');
  });
});
