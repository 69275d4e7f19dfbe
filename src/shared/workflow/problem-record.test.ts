import { describe, expect, it } from 'vitest';
import type { TicketEvent, TicketEventData } from '../domain/ticket-event';
import { foldProblemRecord } from './problem-record';
import { documentationSeconds, latestResolution } from './resolution';

const ev = (n: number, data: TicketEventData, ticketId = 'p1'): TicketEvent => ({
  id: `e${n}`,
  ticketId,
  actorId: 'agent-bob',
  deviceId: 'd',
  at: `2026-11-2${n}T10:00:00Z`,
  offline: false,
  data,
});

describe('problem record', () => {
  it('folds links, unlinks and updates from the problem history', () => {
    const record = foldProblemRecord('p1', [
      ev(1, { kind: 'problem_linked', problemId: 'p1', incidentId: 'i1' }),
      ev(1, { kind: 'problem_linked', problemId: 'p1', incidentId: 'i2' }),
      ev(2, { kind: 'problem_updated', rootCause: 'Certificado vencido' }),
      ev(3, { kind: 'problem_unlinked', problemId: 'p1', incidentId: 'i1' }),
      ev(4, { kind: 'problem_updated', workaround: 'Usar el gateway 2', knownError: true }),
      ev(5, { kind: 'problem_linked', problemId: 'p9', incidentId: 'i3' }, 'p9'),
    ]);
    expect(record).toEqual({
      problemId: 'p1',
      rootCause: 'Certificado vencido',
      workaround: 'Usar el gateway 2',
      knownError: true,
      rootCauseRecordedAt: '2026-11-22T10:00:00Z',
      knownErrorSince: '2026-11-24T10:00:00Z',
      incidentIds: ['i2'],
    });
  });
});

describe('resolution and documentation time from the history', () => {
  it('reads the latest resolution and sums documentation time', () => {
    const events = [
      ev(1, { kind: 'documentation_time_recorded', seconds: 90 }, 't'),
      ev(2, { kind: 'resolution_recorded', resolutionCode: 'guided_user', solution: 'a', firstContact: true }, 't'),
      ev(3, { kind: 'resolution_recorded', resolutionCode: 'hardware_replaced', solution: 'b', firstContact: false }, 't'),
      ev(4, { kind: 'documentation_time_recorded', seconds: 30 }, 't'),
    ];
    expect(latestResolution(events)).toMatchObject({ resolutionCode: 'hardware_replaced', firstContact: false });
    expect(documentationSeconds(events)).toBe(120);
    expect(latestResolution([])).toBeNull();
  });
});
