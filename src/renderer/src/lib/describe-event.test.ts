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
});
