import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { startBrowserHost, type BrowserHost } from './browser-host';

/** The browser host over the real createMainServices (SQLite in a temp dir), bridge only. */
let host: BrowserHost;
let ws: WebSocket;
const frames: Record<string, unknown>[] = [];
const waiters: (() => void)[] = [];

beforeAll(async () => {
  host = await startBrowserHost({ renderer: 'none', seedTickets: 25, seed: 7, log: () => {} });
  ws = new WebSocket(host.wsUrl);
  ws.on('message', (data) => {
    frames.push(JSON.parse(String(data)));
    for (const wake of waiters.splice(0)) wake();
  });
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
}, 60_000);

afterAll(async () => {
  ws?.terminate();
  await host?.close();
});

let nextId = 1;
async function call(
  method: string,
  input: unknown,
): Promise<{ ok: boolean; value?: unknown; error?: { code: string } }> {
  const id = nextId++;
  ws.send(JSON.stringify({ type: 'invoke', id, method, input }));
  for (;;) {
    const frame = frames.find((f) => f['type'] === 'result' && f['id'] === id);
    if (frame) return frame['result'] as never;
    await new Promise<void>((resolve) => waiters.push(resolve));
  }
}

describe('browser host with the real main services', () => {
  it('serves the contract from a seeded store', async () => {
    const session = await call('session.get', {});
    expect(session.ok).toBe(true);
    expect(session.value).toMatchObject({ agent: expect.any(Object), language: expect.any(String) });

    const reference = await call('reference.get', {});
    expect(reference.ok).toBe(true);
  });

  it('pushes session.changed after settings.setLanguage', async () => {
    const before = frames.length;
    expect((await call('settings.setLanguage', { language: 'en' })).ok).toBe(true);
    await expect
      .poll(() => frames.slice(before).find((f) => f['type'] === 'event' && f['event'] === 'session.changed'))
      .toMatchObject({ payload: { language: 'en' } });
  });

  it('keeps refusing what is not in the contract', async () => {
    expect((await call('store.exec', { sql: 'drop table tickets' })).error?.code).toBe(
      'bridge.unknown_method',
    );
  });

  it('exposes the recording notifier and its own temp database', () => {
    expect(Array.isArray(host.notifier.shown)).toBe(true);
    expect(host.databaseFile).toMatch(/mesa-host-.*mesa\.sqlite$/);
  });
});
