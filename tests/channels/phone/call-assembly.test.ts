import { describe, expect, it } from 'vitest';
import { CallAssembler } from '../../../src/shared/telephony/call-assembler';
import type { CallEvent, CallRecord } from '../../../src/shared/telephony/call-model';
import { applyCallEvent, callRecordOf, newCallState } from '../../../src/shared/telephony/call-state';
import { QueueLogReader } from '../../../src/shared/telephony/queue-log-reader';
import { EXPECTED_CALLS, FIXTURE_UNFINISHED, queueLogText } from './queue-log-fixture';

function assemble(text: string): { ended: CallRecord[]; unfinished: CallRecord[] } {
  const assembler = new CallAssembler();
  const reader = new QueueLogReader({ event: (e) => assembler.feed(e), refused: () => undefined });
  reader.push(text);
  reader.end();
  return { ended: assembler.takeEnded(), unfinished: assembler.unfinished() };
}

describe('call assembly', () => {
  it('gives every outcome of the fixture with its wait and talk seconds', () => {
    const { ended, unfinished } = assemble(queueLogText());
    expect(unfinished).toHaveLength(FIXTURE_UNFINISHED);
    expect(unfinished[0]).toMatchObject({ callId: '1767262700.16', outcome: 'answered', endedAt: null });
    const byId = Object.fromEntries(ended.map((c) => [c.callId, c]));
    expect(Object.keys(byId).sort()).toEqual(Object.keys(EXPECTED_CALLS).sort());
    for (const [callId, want] of Object.entries(EXPECTED_CALLS)) {
      const got = byId[callId]!;
      expect({
        callId,
        queue: got.queue,
        outcome: got.outcome,
        wait: got.waitSeconds,
        talk: got.talkSeconds,
        agent: got.agent,
      }).toEqual({
        callId,
        queue: want.queue,
        outcome: want.outcome,
        wait: want.wait,
        talk: want.talk,
        agent: want.agent,
      });
      expect(got.shortAbandon, callId).toBe('short' in want && want.short);
    }
    expect(byId['1767261700.1']).toMatchObject({
      enteredAt: '2026-01-01T10:01:40.000Z',
      answeredAt: '2026-01-01T10:01:48.000Z',
      endedAt: '2026-01-01T10:03:48.000Z',
      ringAttempts: 1,
      callerId: '5115550101',
    });
    expect(byId['1767262000.6']).toMatchObject({ abandonedAt: '2026-01-01T10:07:30.000Z', answeredAt: null });
    expect(byId['1767262300.9']!.ticketRef).toBe('MS-10001');
  });

  it('tells a short abandon from a long one at the threshold', () => {
    const run = (wait: number, threshold?: number) => {
      const s = newCallState('c', 'q');
      applyCallEvent(s, { kind: 'enter', callId: 'c', queue: 'q', at: 1000_000, agent: '' });
      applyCallEvent(s, {
        kind: 'abandon',
        callId: 'c',
        queue: 'q',
        at: 1000_000 + wait * 1000,
        agent: '',
        waitSeconds: wait,
      });
      return callRecordOf(s, threshold).shortAbandon;
    };
    expect(run(4)).toBe(true);
    expect(run(5)).toBe(false);
    expect(run(8, 10)).toBe(true);
  });

  it('rebuilds a call cut by log rotation from Asterisk’s own durations', () => {
    const { ended } = assemble('1767262480|x.1|soporte|SIP/8001|COMPLETEAGENT|20|60|1\n');
    expect(ended[0]).toMatchObject({
      outcome: 'answered',
      enteredAt: new Date((1767262480 - 60 - 20) * 1000).toISOString(),
      answeredAt: new Date((1767262480 - 60) * 1000).toISOString(),
      waitSeconds: 20,
      talkSeconds: 60,
    });
  });

  it('keeps the first outcome when events arrive late or twice (webhook order)', () => {
    const ev = (kind: CallEvent['kind'], at: number, extra: Partial<CallEvent> = {}): CallEvent => ({
      kind,
      callId: 'c',
      queue: 'q',
      at: at * 1000,
      agent: '',
      ...extra,
    });
    const s = newCallState('c', 'q');
    applyCallEvent(s, ev('connect', 110, { agent: 'SIP/1' }));
    applyCallEvent(s, ev('enter', 100));
    applyCallEvent(s, ev('complete', 170));
    applyCallEvent(s, ev('abandon', 180));
    expect(callRecordOf(s)).toMatchObject({
      outcome: 'answered',
      waitSeconds: 10,
      talkSeconds: 60,
      agent: 'SIP/1',
    });
  });

  it('keys calls on callid + queue: the same call through two queues is two records', () => {
    const { ended } = assemble(
      [
        '1767261700|c.1|uno|NONE|ENTERQUEUE||555|1',
        '1767261710|c.1|uno|NONE|EXITWITHTIMEOUT|1|1|10',
        '1767261711|c.1|dos|NONE|ENTERQUEUE||555|1',
        '1767261715|c.1|dos|SIP/1|CONNECT|4|z|1',
        '1767261745|c.1|dos|SIP/1|COMPLETECALLER|4|30|1',
      ].join('\n'),
    );
    expect(ended.map((c) => [c.queue, c.outcome])).toEqual([
      ['uno', 'timeout'],
      ['dos', 'answered'],
    ]);
  });
});
