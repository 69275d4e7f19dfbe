import { describe, expect, it } from 'vitest';
import { CallAssembler } from '../../../src/shared/telephony/call-assembler';
import { computeCallFigures } from '../../../src/shared/telephony/call-figures';
import { QueueLogReader } from '../../../src/shared/telephony/queue-log-reader';
import { EXPECTED_FIGURES, queueLogText } from './queue-log-fixture';

describe('call figures', () => {
  it('match the hand-computed figures of the fixture', () => {
    const assembler = new CallAssembler();
    const reader = new QueueLogReader({ event: (e) => assembler.feed(e), refused: () => undefined });
    reader.push(queueLogText());
    reader.end();
    const figures = computeCallFigures(assembler.takeEnded());
    expect(figures).toEqual({
      ...EXPECTED_FIGURES,
      abandonedPercent: expect.closeTo(EXPECTED_FIGURES.abandonedPercent, 9),
      answeredWithinThresholdPercent: expect.closeTo(EXPECTED_FIGURES.answeredWithinThresholdPercent, 9),
      averageAnswerSeconds: expect.closeTo(EXPECTED_FIGURES.averageAnswerSeconds, 9),
    });
    expect(figures.abandonedPercent!.toFixed(2)).toBe('18.18');
    expect(figures.answeredWithinThresholdPercent!.toFixed(2)).toBe('45.45');
  });

  it('leave out outbound calls and calls still waiting; nothing offered gives null rates', () => {
    const figures = computeCallFigures([
      { direction: 'outbound', outcome: 'answered', waitSeconds: 3, talkSeconds: 30, shortAbandon: false },
      { direction: 'inbound', outcome: null, waitSeconds: 0, talkSeconds: 0, shortAbandon: false },
    ]);
    expect(figures).toMatchObject({
      offered: 0,
      abandonedPercent: null,
      averageAnswerSeconds: null,
      longestWaitSeconds: null,
    });
  });

  it('use the given threshold', () => {
    const calls = [10, 25, 40].map((w) => ({
      direction: 'inbound' as const,
      outcome: 'answered' as const,
      waitSeconds: w,
      talkSeconds: 1,
      shortAbandon: false,
    }));
    expect(computeCallFigures(calls, 30).answeredWithinThreshold).toBe(2);
    expect(computeCallFigures(calls).answeredWithinThreshold).toBe(1);
  });
});
