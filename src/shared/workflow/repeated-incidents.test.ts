import { describe, expect, it } from 'vitest';
import { detectRepeatedIncidents, type RepeatCandidate, type RepeatSubject } from './repeated-incidents';
import { tokenize, tokenOverlap } from './text-similarity';

const subject: RepeatSubject = {
  id: null,
  type: 'incident',
  requesterId: 'req-lucia',
  categoryId: 'cat-net-vpn',
  title: 'La VPN no conecta desde casa',
  description: 'El cliente VPN muestra tiempo de espera agotado al conectar.',
  createdAt: '2026-11-26T15:00:00Z',
  reopenCount: 0,
};

const candidate = (id: string, over: Partial<RepeatCandidate> = {}): RepeatCandidate => ({
  id,
  type: 'incident',
  requesterId: 'req-lucia',
  categoryId: 'cat-net-vpn',
  status: 'closed',
  createdAt: '2026-11-10T10:00:00Z',
  reopenCount: 0,
  problemId: null,
  ...over,
});

describe('repeated-incident detection', () => {
  it('warns about the same requester and category within the window, newest first, with their problems', () => {
    const warnings = detectRepeatedIncidents(
      subject,
      [
        candidate('t-old', { createdAt: '2026-10-20T10:00:00Z' }), // 37 days: outside 30
        candidate('t-a', { createdAt: '2026-11-01T10:00:00Z', problemId: 'p-vpn' }),
        candidate('t-b'),
        candidate('t-other-cat', { categoryId: 'cat-mail' }),
        candidate('t-other-person', { requesterId: 'req-john' }),
        candidate('t-cancelled', { status: 'cancelled' }),
        candidate('t-request', { type: 'request' }),
        candidate('t-future', { createdAt: '2026-11-27T10:00:00Z' }),
      ],
      [],
    );
    expect(warnings).toEqual([{ rule: 'same_requester_category', ticketIds: ['t-b', 't-a'], problemIds: ['p-vpn'], windowDays: 30 }]);
  });

  it('uses a configured window', () => {
    const warnings = detectRepeatedIncidents(subject, [candidate('t-old', { createdAt: '2026-10-20T10:00:00Z' })], [], { windowDays: 60 });
    expect(warnings[0]).toMatchObject({ rule: 'same_requester_category', ticketIds: ['t-old'], windowDays: 60 });
  });

  it('warns about reopened tickets: this one, and the requester\'s recent ones in any category', () => {
    const warnings = detectRepeatedIncidents(
      { ...subject, id: 't-self', reopenCount: 1 },
      [candidate('t-mail', { categoryId: 'cat-mail', reopenCount: 2 })],
      [],
    );
    expect(warnings).toEqual([{ rule: 'reopened', ticketIds: ['t-self', 't-mail'] }]);
  });

  it('warns about known errors with enough word overlap, best first, with the workaround', () => {
    const warnings = detectRepeatedIncidents(
      subject,
      [],
      [
        { problemId: 'p-vpn', title: 'VPN: tiempo de espera agotado al conectar', description: 'Cliente VPN 5.2 desde casa', workaround: 'Usar el gateway 2' },
        { problemId: 'p-printer', title: 'Impresora del piso 3 atascada', description: 'Bandeja 2', workaround: null },
      ],
    );
    expect(warnings).toEqual([{ rule: 'known_error', problemId: 'p-vpn', score: expect.any(Number), workaround: 'Usar el gateway 2' }]);
    expect((warnings[0] as { score: number }).score).toBeGreaterThanOrEqual(0.25);
  });

  it('honours the similarity threshold and ignores non-incidents', () => {
    const known = [{ problemId: 'p', title: 'VPN no conecta', description: '', workaround: null }];
    expect(detectRepeatedIncidents(subject, [], known, { similarityThreshold: 0.99 })).toEqual([]);
    expect(detectRepeatedIncidents({ ...subject, type: 'request' }, [candidate('t')], known)).toEqual([]);
  });
});

describe('token overlap', () => {
  it('ignores case, accents, short and filler words', () => {
    expect([...tokenize('La impresión NO funciona para la impresora')]).toEqual(['impresion', 'funciona', 'impresora']);
    expect(tokenOverlap(tokenize('Impresión fallida'), tokenize('impresion FALLIDA'))).toBe(1);
    expect(tokenOverlap(tokenize(''), tokenize('algo'))).toBe(0);
  });
});
