import { request } from 'node:http';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { createApiEventBus, type ApiEventBus } from '../api/event-bus';
import { createHandlerRegistry, type HandlerRegistry } from '../api/handler-registry';
import { parseInvokeFrame } from './bridge-socket-server';
import { startBrowserHost, type BrowserHost, type HostServices } from './browser-host';
import { resolveStaticPath } from './static-files';

/** A registry with two handlers, so the transport is tested without the SQLite store. */
function testServices(): HostServices & { registry: HandlerRegistry; events: ApiEventBus; closed: boolean } {
  const registry = createHandlerRegistry();
  const events = createApiEventBus();
  registry.register('settings.setLanguage', ({ language }) => {
    events.emit('session.changed', { language });
    return {};
  });
  registry.register('ticket.get', ({ id }) => {
    throw new Error(`unexpected ${id}`);
  });
  const services = {
    registry,
    events,
    closed: false,
    async close() {
      services.closed = true;
    },
  };
  return services;
}

type Services = ReturnType<typeof testServices>;
let host: BrowserHost<Services> | null = null;
const sockets: WebSocket[] = [];

async function start(): Promise<BrowserHost<Services>> {
  host = await startBrowserHost({
    renderer: 'none',
    maxMessageBytes: 64 * 1024,
    createServices: async () => testServices(),
    log: () => {},
  });
  return host;
}

afterEach(async () => {
  for (const ws of sockets.splice(0)) ws.terminate();
  await host?.close();
  host = null;
});

/** Resolves with the open socket, or rejects with the HTTP status of a refused upgrade. */
function connect(url: string, headers: Record<string, string> = {}): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers });
    sockets.push(ws);
    ws.once('open', () => resolve(ws));
    ws.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    ws.once('error', reject);
  });
}

function nextMessage(ws: WebSocket): Promise<Record<string, unknown>> {
  return new Promise((resolve) => ws.once('message', (data) => resolve(JSON.parse(String(data)))));
}

/** The next `count` frames, however fast they arrive. */
function collect(ws: WebSocket, count: number): Promise<Record<string, unknown>[]> {
  return new Promise((resolve) => {
    const frames: Record<string, unknown>[] = [];
    const onMessage = (data: unknown): void => {
      frames.push(JSON.parse(String(data)));
      if (frames.length < count) return;
      ws.off('message', onMessage);
      resolve(frames);
    };
    ws.on('message', onMessage);
  });
}

async function roundTrip(ws: WebSocket, frame: string): Promise<Record<string, unknown>> {
  const reply = nextMessage(ws);
  ws.send(frame);
  return reply;
}

const invoke = (id: number, method: string, input: unknown): string =>
  JSON.stringify({ type: 'invoke', id, method, input });

describe('browser host bridge socket', () => {
  it('binds to 127.0.0.1 and hands out a random 24-byte token', async () => {
    const h = await start();
    expect(h.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(h.wsUrl).toMatch(/^ws:\/\/127\.0\.0\.1:\d+\/bridge\?token=[\w-]{32}$/);
    expect(new URL(h.url).searchParams.get('host')).toBe(`ws://127.0.0.1:${h.port}/bridge`);
    expect(new URL(h.url).searchParams.get('token')).toBe(h.token);
    const other = await startBrowserHost({
      renderer: 'none',
      createServices: async () => testServices(),
      log: () => {},
    });
    expect(other.token).not.toBe(h.token);
    await other.close();
  });

  it('refuses a wrong or missing token with 401', async () => {
    const h = await start();
    const base = h.wsUrl.split('?')[0]!;
    await expect(connect(`${base}?token=${'x'.repeat(h.token.length)}`)).rejects.toThrow('HTTP 401');
    await expect(connect(`${base}?token=${h.token.slice(1)}`)).rejects.toThrow('HTTP 401');
    await expect(connect(base)).rejects.toThrow('HTTP 401');
    await expect(connect(h.wsUrl)).resolves.toBeInstanceOf(WebSocket);
  });

  it('refuses foreign origins, foreign Host headers and other paths', async () => {
    const h = await start();
    await expect(connect(h.wsUrl, { Origin: 'https://evil.example' })).rejects.toThrow('HTTP 403');
    await expect(connect(h.wsUrl, { Host: `attacker.example:${h.port}` })).rejects.toThrow('HTTP 403');
    await expect(connect(h.wsUrl.replace('/bridge', '/other'))).rejects.toThrow('HTTP 404');
    await expect(connect(h.wsUrl, { Origin: h.origin })).resolves.toBeInstanceOf(WebSocket);
  });

  it('answers malformed frames with bridge.invalid_input and stays up', async () => {
    const h = await start();
    const ws = await connect(h.wsUrl);
    const bad = [
      '{not json',
      '[]',
      'null',
      '42',
      JSON.stringify({ type: 'nope', id: 1 }),
      JSON.stringify({ type: 'invoke', id: 'x', method: 'a' }),
    ];
    for (const frame of bad) {
      const reply = await roundTrip(ws, frame);
      expect(reply).toMatchObject({
        type: 'result',
        result: { ok: false, error: { code: 'bridge.invalid_input' } },
      });
    }
    const typed = await roundTrip(ws, JSON.stringify({ type: 'invoke', id: 7, method: 42, input: {} }));
    expect(typed).toMatchObject({ id: 7, result: { ok: false, error: { code: 'bridge.invalid_input' } } });
    ws.send(Buffer.from([1, 2, 3]), { binary: true });
    expect(await nextMessage(ws)).toMatchObject({
      result: { ok: false, error: { code: 'bridge.invalid_input' } },
    });

    const frames = collect(ws, 2);
    ws.send(invoke(8, 'settings.setLanguage', { language: 'en' }));
    expect(await frames).toEqual(
      expect.arrayContaining([
        { type: 'event', event: 'session.changed', payload: { language: 'en' } },
        { type: 'result', id: 8, result: { ok: true, value: {} } },
      ]),
    );
  });

  it('refuses unknown methods and bad input through the registry', async () => {
    const h = await start();
    const ws = await connect(h.wsUrl);
    expect(await roundTrip(ws, invoke(1, 'fs.readFile', { path: '/etc/passwd' }))).toMatchObject({
      id: 1,
      result: { ok: false, error: { code: 'bridge.unknown_method' } },
    });
    expect(await roundTrip(ws, invoke(2, '__proto__', {}))).toMatchObject({
      id: 2,
      result: { ok: false, error: { code: 'bridge.unknown_method' } },
    });
    expect(await roundTrip(ws, invoke(3, 'settings.setLanguage', { language: 'klingon' }))).toMatchObject({
      id: 3,
      result: { ok: false, error: { code: 'bridge.invalid_input' } },
    });
    // A handler failure comes back as `internal`, with no stack or message.
    const internal = await roundTrip(ws, invoke(4, 'ticket.get', { id: 'T-1' }));
    expect(internal).toEqual({
      type: 'result',
      id: 4,
      result: { ok: false, error: { code: 'internal', params: {}, fieldErrors: [] } },
    });
  });

  it('closes a socket that sends an oversize message (1009) and keeps serving others', async () => {
    const h = await start();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const ws = await connect(h.wsUrl);
    const closed = new Promise<number>((resolve) => ws.once('close', (code) => resolve(code)));
    ws.send(invoke(1, 'settings.setLanguage', { language: 'x'.repeat(70 * 1024) }));
    expect(await closed).toBe(1009);
    const again = await connect(h.wsUrl);
    const reply = await roundTrip(again, invoke(2, 'fs.nope', {}));
    expect(reply).toMatchObject({ id: 2, result: { ok: false, error: { code: 'bridge.unknown_method' } } });
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/Max payload size exceeded/));
    warn.mockRestore();
  });

  it('pushes event-bus events to every socket', async () => {
    const h = await start();
    const [a, b] = await Promise.all([connect(h.wsUrl), connect(h.wsUrl)]);
    const got = Promise.all([nextMessage(a!), nextMessage(b!)]);
    h.services.events.emit('tickets.changed', { ticketIds: ['t1'], views: [] });
    expect(await got).toEqual([
      { type: 'event', event: 'tickets.changed', payload: { ticketIds: ['t1'], views: [] } },
      { type: 'event', event: 'tickets.changed', payload: { ticketIds: ['t1'], views: [] } },
    ]);
  });

  it('closes the services and the sockets on close()', async () => {
    const h = await start();
    const ws = await connect(h.wsUrl);
    const closed = new Promise((resolve) => ws.once('close', resolve));
    await h.close();
    await closed;
    expect(h.services.closed).toBe(true);
    await expect(connect(h.wsUrl)).rejects.toThrow();
  });

  it('refuses HTTP requests with a foreign Host header', async () => {
    const h = await start();
    const status = (hostHeader: string) =>
      new Promise<number>((resolve, reject) => {
        const req = request(
          { host: '127.0.0.1', port: h.port, path: '/index.html', headers: { Host: hostHeader } },
          (res) => {
            res.resume();
            resolve(res.statusCode ?? 0);
          },
        );
        req.on('error', reject);
        req.end();
      });
    expect(await status(`rebind.example:${h.port}`)).toBe(403);
    expect(await status(`127.0.0.1:${h.port}`)).toBe(404); // renderer: 'none'
  });
});

describe('frame parsing and static paths', () => {
  it('parses only the invoke shape', () => {
    expect(parseInvokeFrame('{"type":"invoke","id":3,"method":"m","input":{"a":1}}')).toEqual({
      ok: true,
      frame: { id: 3, method: 'm', input: { a: 1 } },
    });
    expect(parseInvokeFrame('{"type":"invoke","id":1.5,"method":"m"}')).toMatchObject({
      ok: false,
      id: null,
    });
    expect(parseInvokeFrame('{"type":"event","id":2}')).toMatchObject({ ok: false, id: 2 });
  });

  it('keeps static paths inside the root', () => {
    expect(resolveStaticPath('/srv/app', '/')).toBe('/srv/app/index.html');
    expect(resolveStaticPath('/srv/app', '/assets/a.js')).toBe('/srv/app/assets/a.js');
    expect(resolveStaticPath('/srv/app', '/../secret')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/%2e%2e/secret')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/a%00.js')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/%E0%A4%A')).toBeNull();
    expect(resolveStaticPath('/srv/app', '/..%5csecret')).toBeNull();
  });
});
