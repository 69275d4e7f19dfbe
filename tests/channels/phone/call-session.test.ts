import { describe, expect, it } from 'vitest';
import {
  answerCall,
  callLogArgs,
  callPhase,
  callTimerSeconds,
  formatCallTime,
  hangUpCall,
  startCall,
} from '../../../src/renderer/src/components/phone/call-session';
import { CallLogArgsSchema } from '../../../src/shared/sync/mutators/call-log';

const T = Date.parse('2026-05-04T09:00:00Z');

describe('"Log a call" timer', () => {
  it('runs ringing → talking → ended and freezes at hang-up', () => {
    let s = startCall('c-1', T);
    expect([callPhase(s), callTimerSeconds(s, T + 7_500)]).toEqual(['ringing', 7]);
    s = answerCall(s, T + 9_000);
    expect([callPhase(s), callTimerSeconds(s, T + 69_000)]).toEqual(['talking', 60]);
    s = hangUpCall(s, T + 129_000);
    expect([callPhase(s), callTimerSeconds(s, T + 999_000)]).toEqual(['ended', 120]);
    expect(answerCall(s, T + 200_000)).toBe(s);
    expect(hangUpCall(s, T + 200_000)).toBe(s);
  });

  it('gives call.log args the mutation accepts, hanging up a call still in progress', () => {
    const s = answerCall(startCall('c-2', T, 'outbound'), T + 4_000);
    const args = callLogArgs(s, T + 64_000, { ticketId: 't-1', queue: ' ', notes: ' nota ' });
    expect(args).toEqual({
      callId: 'c-2',
      ticketId: 't-1',
      direction: 'outbound',
      startedAt: '2026-05-04T09:00:00.000Z',
      answeredAt: '2026-05-04T09:00:04.000Z',
      endedAt: '2026-05-04T09:01:04.000Z',
      queue: null,
      notes: 'nota',
    });
    expect(CallLogArgsSchema.safeParse(args).success).toBe(true);
  });

  it('formats the timer', () => {
    expect([formatCallTime(0), formatCallTime(75), formatCallTime(3725)]).toEqual([
      '0:00',
      '1:15',
      '1:02:05',
    ]);
  });
});
