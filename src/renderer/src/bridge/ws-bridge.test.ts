import { describe, expect, it } from 'vitest';
import { createApiClient } from '../../../shared/api/client';
import { MesaError } from '../../../shared/errors';
import { browserHostParams } from './get-bridge';
import { createWsBridge, wsConnectUrl, type SocketLike } from './ws-bridge';

class FakeSocket implements SocketLike {
  readyState = 0;
  sent: unknown[] = [];
  private handlers = new Map<string, ((event: { data: unknown }) => void)[]>();
  constructor(readonly url: string) {}
  send(data: string): void {
    this.sent.push(JSON.parse(data));
  }
  close(): void {
    this.fire('close');
  }
  addEventListener(type: string, listener: (event: { data: unknown }) => void): void {
    this.handlers.set(type, [...(this.handlers.get(type) ?? []), listener]);
  }
  fire(type: string, data?: unknown): void {
    if (type === 'open') this.readyState = 1;
    if (type === 'close') this.readyState = 3;
    for (const h of this.handlers.get(type) ?? []) h({ data });
  }
}

function setup(): { socket: FakeSocket; bridge: ReturnType<typeof createWsBridge> } {
  let socket: FakeSocket | undefined;
  const bridge = createWsBridge(
    'ws://127.0.0.1:5000/mesa?token=abc',
    (url) => (socket = new FakeSocket(url)),
  );
  return { socket: socket!, bridge };
}

describe('ws bridge', () => {
  it('builds the connect URL and accepts only loopback hosts', () => {
    expect(wsConnectUrl('ws://127.0.0.1:5000/mesa', 'a b')).toBe('ws://127.0.0.1:5000/mesa?token=a%20b');
    expect(browserHostParams('?host=ws%3A%2F%2F127.0.0.1%3A5000%2Fmesa&token=t')).toEqual({
      host: 'ws://127.0.0.1:5000/mesa',
      token: 't',
    });
    expect(browserHostParams('?host=ws://evil.example:5000/&token=t')).toBeNull();
    expect(browserHostParams('?host=ws://127.0.0.1:5000/')).toBeNull();
  });

  it('queues invokes until open and resolves them by id', async () => {
    const { socket, bridge } = setup();
    const api = createApiClient(bridge);
    const pending = api.invoke('session.get', {});
    expect(socket.sent).toEqual([]);
    socket.fire('open');
    expect(socket.sent).toEqual([{ type: 'invoke', id: 1, method: 'session.get', input: {} }]);
    socket.fire(
      'message',
      JSON.stringify({ type: 'result', id: 1, result: { ok: true, value: { language: 'en' } } }),
    );
    await expect(pending).resolves.toEqual({ language: 'en' });
  });

  it('turns error results into MesaError and delivers events', async () => {
    const { socket, bridge } = setup();
    const api = createApiClient(bridge);
    socket.fire('open');
    const seen: unknown[] = [];
    const off = api.on('session.changed', (p) => seen.push(p));
    const pending = api.invoke('ticket.get', { id: 'x' });
    socket.fire('message', 'not json');
    socket.fire(
      'message',
      JSON.stringify({ type: 'event', event: 'session.changed', payload: { language: 'es' } }),
    );
    off();
    socket.fire(
      'message',
      JSON.stringify({ type: 'event', event: 'session.changed', payload: { language: 'en' } }),
    );
    socket.fire(
      'message',
      JSON.stringify({
        type: 'result',
        id: 1,
        result: { ok: false, error: { code: 'ticket.not_found', params: {}, fieldErrors: [] } },
      }),
    );
    await expect(pending).rejects.toMatchObject({ code: 'ticket.not_found' });
    expect(seen).toEqual([{ language: 'es' }]);
  });

  it('rejects pending and later invokes with bridge.disconnected when the socket closes', async () => {
    const { socket, bridge } = setup();
    socket.fire('open');
    const pending = bridge.invoke('session.get', {});
    socket.fire('close');
    await expect(pending).rejects.toBeInstanceOf(MesaError);
    await expect(pending).rejects.toMatchObject({ code: 'bridge.disconnected' });
    await expect(bridge.invoke('session.get', {})).rejects.toMatchObject({ code: 'bridge.disconnected' });
  });
});
