import BetterSqlite3 from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importQueueLogFile, importQueueLogRows } from '../../../src/server/channels/phone/import-queue-log';
import { phoneDb } from '../../../src/server/channels/phone/phone-tables';
import { readQueueMapFile } from '../../../src/server/channels/phone/queue-map-file';
import type { QueueLogRow } from '../../../src/shared/telephony/queue-log-reader';
import { dialects } from '../../server/helpers/test-dialects';
import { createArgs, login, push, startTestServer } from '../../server/helpers/test-server';
import {
  EXPECTED_CALLS,
  EXPECTED_FIGURES,
  EXPECTED_REFUSALS,
  FIXTURE_LINES,
  FIXTURE_UNFINISHED,
  QUEUE_LOG_FILE,
  QUEUE_MAP_FILE,
  queueLogText,
} from './queue-log-fixture';

const T0 = Date.parse('2026-01-01T10:00:00Z');

/** The fixture written as an Asterisk realtime `queue_log` table (the database form), in SQLite. */
function queueLogTable(): { rows: () => Iterable<QueueLogRow>; close: () => void } {
  const dir = mkdtempSync(path.join(tmpdir(), 'mesa-queue-log-db-'));
  const db = new BetterSqlite3(path.join(dir, 'asterisk.sqlite'));
  db.exec(
    'create table queue_log (id integer primary key, time text, callid text, queuename text, agent text, event text, data1 text, data2 text, data3 text, data4 text, data5 text)',
  );
  const insert = db.prepare(
    'insert into queue_log (time, callid, queuename, agent, event, data1, data2, data3, data4, data5) values (?,?,?,?,?,?,?,?,?,?)',
  );
  for (const line of queueLogText().split('\n')) {
    const f = line.split('|');
    if (f.length < 5) continue;
    const time = /^\d+$/.test(f[0]!)
      ? new Date(Number(f[0]) * 1000).toISOString().replace('T', ' ').slice(0, 19)
      : f[0];
    insert.run(time, f[1], f[2], f[3], f[4], f[5] ?? '', f[6] ?? '', f[7] ?? '', f[8] ?? '', f[9] ?? '');
  }
  return {
    rows: () =>
      db
        .prepare(
          'select time, callid, queuename, agent, event, data1, data2, data3, data4, data5 from queue_log order by id',
        )
        .iterate() as Iterable<QueueLogRow>,
    close: () => {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

describe.each(dialects)('queue_log import ($name)', (dialect) => {
  let server: Awaited<ReturnType<typeof startTestServer>>;
  let nowMs = T0;

  beforeAll(async () => {
    server = await startTestServer(dialect, { now: () => nowMs });
    // Pedro registers MS-10001 (named by a call's ENTERQUEUE url); Lucía opens a phone ticket while
    // on call 1767261700.1 (answered 10:01:48, ended 10:03:48).
    const pedro = await login(server.app, 'pedro');
    const lucia = await login(server.app, 'lucia');
    nowMs = T0;
    let res = await push(server.app, pedro, 'client-pedro-phone', [
      {
        id: 1,
        name: 'ticket.create',
        args: createArgs({ channel: 'phone' }),
        clientTime: new Date(nowMs).toISOString(),
      },
    ]);
    expect(res.json().results[0].status).toBe('applied');
    nowMs = Date.parse('2026-01-01T10:02:10Z');
    res = await push(server.app, lucia, 'client-lucia-phone', [
      {
        id: 1,
        name: 'ticket.create',
        args: createArgs({ channel: 'phone', title: 'VPN' }),
        clientTime: new Date(nowMs).toISOString(),
      },
    ]);
    expect(res.json().results[0].status).toBe('applied');
  });
  afterAll(async () => server?.close());

  it('imports a queue_log file: calls stored, malformed lines reported by number, agents and tickets matched', async () => {
    const queueMap = await readQueueMapFile(QUEUE_MAP_FILE);
    const result = await importQueueLogFile(server.database.db, QUEUE_LOG_FILE, { queueMap });
    expect(result).toMatchObject({
      lines: FIXTURE_LINES,
      imported: Object.keys(EXPECTED_CALLS).length,
      unfinished: FIXTURE_UNFINISHED,
      refused: EXPECTED_REFUSALS,
    });
    const rows = await phoneDb(server.database.db)
      .selectFrom('calls')
      .selectAll()
      .orderBy('entered_at')
      .execute();
    expect(rows).toHaveLength(12);
    const byId = new Map(rows.map((r) => [r.call_id, r]));
    for (const [callId, want] of Object.entries(EXPECTED_CALLS)) {
      const row = byId.get(callId)!;
      expect([callId, row.outcome, Number(row.wait_seconds), Number(row.talk_seconds)]).toEqual([
        callId,
        want.outcome,
        want.wait,
        want.talk,
      ]);
    }
    expect(byId.get('1767261700.1')).toMatchObject({
      agent_id: 'a-lucia',
      group_id: 'g-n1',
      source: 'queue_log',
    });
    expect(byId.get('1767262400.11')!.agent_id).toBe('a-lucia'); // SIP/8001-0000000a → SIP/8001
    expect(byId.get('1767262600.14')).toMatchObject({ agent_id: 'a-marco', group_id: 'g-net' });
    expect(byId.get('1767261800.3')!.agent_id).toBe('a-pedro');

    const tickets = await server.database.db
      .selectFrom('tickets')
      .select(['id', 'number', 'title'])
      .execute();
    const ms10001 = tickets.find((t) => t.number === 'MS-10001')!;
    const vpn = tickets.find((t) => t.title === 'VPN')!;
    expect(byId.get('1767262300.9')!.ticket_id).toBe(ms10001.id); // explicit, from the ENTERQUEUE url
    expect(byId.get('1767261700.1')!.ticket_id).toBe(vpn.id); // Lucía's phone ticket during the call
    expect(byId.get('1767262400.11')!.ticket_id).toBeNull(); // Lucía's later call: the ticket is taken
  });

  it('re-importing the same file adds nothing', async () => {
    const again = await importQueueLogFile(server.database.db, QUEUE_LOG_FILE);
    expect(again).toMatchObject({ imported: 0, callsSeen: 12, refused: EXPECTED_REFUSALS });
    const count = await phoneDb(server.database.db)
      .selectFrom('calls')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(12);
  });

  it('the database form imports the same calls (nothing new after the file)', async () => {
    const table = queueLogTable();
    try {
      const result = await importQueueLogRows(server.database.db, table.rows());
      expect(result).toMatchObject({ imported: 0, callsSeen: 12, unfinished: 1 });
      expect(result.refused.map((r) => r.reason).sort()).toEqual([
        'bad_event',
        'bad_number',
        'bad_time',
        'missing_call_id',
      ]);
    } finally {
      table.close();
    }
  });

  it('the call figures of the imported calls are the hand-computed ones', async () => {
    const token = await login(server.app, 'sofia');
    const res = await server.app.inject({
      method: 'GET',
      url: '/api/phone/figures?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(res.statusCode).toBe(200);
    const figures = res.json();
    expect(figures).toEqual({
      ...EXPECTED_FIGURES,
      abandonedPercent: expect.closeTo(EXPECTED_FIGURES.abandonedPercent, 9),
      answeredWithinThresholdPercent: expect.closeTo(EXPECTED_FIGURES.answeredWithinThresholdPercent, 9),
      averageAnswerSeconds: expect.closeTo(EXPECTED_FIGURES.averageAnswerSeconds, 9),
    });
    const soporte = await server.app.inject({
      method: 'GET',
      url: '/api/phone/figures?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z&queue=redes',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(soporte.json()).toMatchObject({ offered: 2, answered: 1, emptyQueue: 1 });
    const agent = await login(server.app, 'lucia');
    const forbidden = await server.app.inject({
      method: 'GET',
      url: '/api/phone/figures?from=2026-01-01T00:00:00Z&to=2026-01-02T00:00:00Z',
      headers: { authorization: `Bearer ${agent}` },
    });
    expect(forbidden.statusCode).toBe(403);
  });
});
