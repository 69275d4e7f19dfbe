import { describe, expect, it } from 'vitest';
import type { CallEvent } from '../../../src/shared/telephony/call-model';
import type { QueueLogRefusal } from '../../../src/shared/telephony/queue-log-event';
import {
  parseQueueLogRow,
  QueueLogReader,
  type QueueLogRow,
} from '../../../src/shared/telephony/queue-log-reader';
import { EXPECTED_REFUSALS, FIXTURE_IGNORED, FIXTURE_LINES, queueLogText } from './queue-log-fixture';

function readAll(chunks: string[]) {
  const events: CallEvent[] = [];
  const refused: QueueLogRefusal[] = [];
  let ignored = 0;
  const reader = new QueueLogReader({
    event: (e) => events.push(e),
    refused: (r) => refused.push(r),
    ignored: () => (ignored += 1),
  });
  for (const c of chunks) reader.push(c);
  reader.end();
  return { events, refused, ignored, lines: reader.lines };
}

describe('queue_log parser (file form)', () => {
  it('reads every event type of a real-looking log and reports malformed lines by number', () => {
    const { events, refused, ignored, lines } = readAll([queueLogText()]);
    expect(lines).toBe(FIXTURE_LINES);
    expect(refused).toEqual(EXPECTED_REFUSALS);
    expect(ignored).toBe(FIXTURE_IGNORED);
    expect(events).toHaveLength(FIXTURE_LINES - EXPECTED_REFUSALS.length - FIXTURE_IGNORED);
    const kinds = new Set(events.map((e) => e.kind));
    expect([...kinds].sort()).toEqual(
      [
        'abandon',
        'complete',
        'connect',
        'empty',
        'enter',
        'exit_key',
        'ring_no_answer',
        'timeout',
        'transfer',
      ].sort(),
    );
    const connect = events.find((e) => e.kind === 'connect' && e.callId === '1767261700.1');
    expect(connect).toMatchObject({
      at: 1767261708000,
      agent: 'SIP/8001',
      holdSeconds: 8,
      queue: 'soporte',
      line: 8,
    });
    const link = events.find((e) => e.kind === 'transfer' && e.callId === '1767262600.14');
    expect(link).toMatchObject({ holdSeconds: 5, talkSeconds: 30 });
    const enter = events.find((e) => e.kind === 'enter' && e.callId === '1767262300.9');
    expect(enter).toMatchObject({ url: 'MS-10001', callerId: '5115550107' });
  });

  it('gives the same result whatever the chunking, with CRLF line ends', () => {
    const text = queueLogText().replace(/\n/g, '\r\n');
    const whole = readAll([text]);
    for (const size of [1, 7, 64, 1000]) {
      const chunks: string[] = [];
      for (let i = 0; i < text.length; i += size) chunks.push(text.slice(i, i + size));
      const split = readAll(chunks);
      expect(split.events).toEqual(whole.events);
      expect(split.refused).toEqual(whole.refused);
    }
    expect(whole.refused).toEqual(EXPECTED_REFUSALS);
  });

  it('reads a last line without a newline and skips blank lines (still counted)', () => {
    const { events, lines, refused } = readAll([
      '\n1767261700|c1|q|NONE|ENTERQUEUE||555|1\n\n1767261703|c1|q|NONE|ABANDON|1|1|3',
    ]);
    expect(lines).toBe(4);
    expect(refused).toEqual([]);
    expect(events.map((e) => [e.kind, e.line])).toEqual([
      ['enter', 2],
      ['abandon', 4],
    ]);
  });
});

describe('queue_log parser (database form)', () => {
  it('reads data1..data5 rows, the older single data column and timestamps', () => {
    const rows: QueueLogRow[] = [
      {
        time: '2026-01-01 10:00:00',
        callid: 'c1',
        queuename: 'q',
        agent: 'NONE',
        event: 'ENTERQUEUE',
        data1: '',
        data2: '555',
        data3: '1',
        data4: '',
        data5: '',
      },
      {
        time: new Date('2026-01-01T10:00:09Z'),
        callid: 'c1',
        queuename: 'q',
        agent: 'SIP/1',
        event: 'CONNECT',
        data1: '9',
        data2: 'x',
        data3: '2',
      },
      {
        time: 1767261700,
        callid: 'c1',
        queuename: 'q',
        agent: 'SIP/1',
        event: 'COMPLETEAGENT',
        data: '9|91|1',
      },
      { time: 'yesterday', callid: 'c2', queuename: 'q', agent: 'NONE', event: 'ENTERQUEUE', data: '' },
      { time: '1767261800', callid: 'c2', queuename: 'q', agent: 'NONE', event: null },
    ];
    const events: CallEvent[] = [];
    const refused: QueueLogRefusal[] = [];
    rows.forEach((row, i) =>
      parseQueueLogRow(row, i + 1, { event: (e) => events.push(e), refused: (r) => refused.push(r) }),
    );
    expect(events.map((e) => [e.kind, e.at])).toEqual([
      ['enter', Date.parse('2026-01-01T10:00:00Z')],
      ['connect', Date.parse('2026-01-01T10:00:09Z')],
      ['complete', 1767261700000],
    ]);
    expect(events[1]).toMatchObject({ holdSeconds: 9 });
    expect(events[2]).toMatchObject({ holdSeconds: 9, talkSeconds: 91, completedBy: 'agent' });
    expect(refused).toEqual([
      { line: 4, reason: 'bad_time', field: 'time' },
      { line: 5, reason: 'too_few_fields' },
    ]);
  });
});
