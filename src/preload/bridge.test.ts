import { describe, expect, it, vi } from 'vitest';
import { BRIDGE_EVENT_CHANNEL, BRIDGE_INVOKE_CHANNEL } from '../shared/api/bridge';
import { createPreloadBridge, type IpcRendererLike } from './bridge';

function fakeIpc() {
  let eventListener: ((event: unknown, ...args: unknown[]) => void) | null = null;
  const ipc = {
    invoke: vi.fn(async (_channel: string, ..._args: unknown[]) => ({ ok: true, value: 'pong' }) as unknown),
    on: vi.fn((channel: string, listener: (event: unknown, ...args: unknown[]) => void) => {
      if (channel === BRIDGE_EVENT_CHANNEL) eventListener = listener;
    }),
  } satisfies IpcRendererLike;
  return { ipc, push: (message: unknown) => eventListener?.({ sender: 'secret ipc event' }, message) };
}

describe('preload bridge', () => {
  it('forwards contract methods on the one invoke channel', async () => {
    const { ipc } = fakeIpc();
    const bridge = createPreloadBridge(ipc);
    await expect(bridge.invoke('session.get', {})).resolves.toEqual({ ok: true, value: 'pong' });
    expect(ipc.invoke).toHaveBeenCalledWith(BRIDGE_INVOKE_CHANNEL, 'session.get', {});
  });

  it('refuses names outside the contract without touching IPC', async () => {
    const { ipc } = fakeIpc();
    const bridge = createPreloadBridge(ipc);
    for (const name of ['nope', '__proto__', 'constructor', 'toString']) {
      const result = await bridge.invoke(name, {});
      expect(result).toMatchObject({ ok: false, error: { code: 'bridge.unknown_method' } });
    }
    expect(ipc.invoke).not.toHaveBeenCalled();
  });

  it('turns an IPC failure into an internal error result', async () => {
    const { ipc } = fakeIpc();
    ipc.invoke.mockRejectedValueOnce(new Error("No handler registered for 'mesa:invoke'"));
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const result = await createPreloadBridge(ipc).invoke('session.get', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'internal' } });
    spy.mockRestore();
  });

  it('delivers contract events (payload only), ignores others, and unsubscribes', () => {
    const { ipc, push } = fakeIpc();
    const bridge = createPreloadBridge(ipc);
    const seen: unknown[] = [];
    const off = bridge.on('tickets.changed', (payload) => seen.push(payload));
    const offUnknown = bridge.on('not.an.event', () => seen.push('leak'));
    push({ event: 'tickets.changed', payload: { ticketIds: ['a'], views: [] } });
    push({ event: 'not.an.event', payload: 1 });
    push('garbage');
    push(null);
    off();
    offUnknown();
    push({ event: 'tickets.changed', payload: { ticketIds: ['b'], views: [] } });
    expect(seen).toEqual([{ ticketIds: ['a'], views: [] }]);
  });

  it('keeps delivering when one listener throws', () => {
    const { ipc, push } = fakeIpc();
    const bridge = createPreloadBridge(ipc);
    const spy = vi.spyOn(console, 'error').mockImplementation(() => {});
    const seen: unknown[] = [];
    bridge.on('session.changed', () => {
      throw new Error('boom');
    });
    bridge.on('session.changed', (p) => seen.push(p));
    push({ event: 'session.changed', payload: { language: 'en' } });
    expect(seen).toEqual([{ language: 'en' }]);
    spy.mockRestore();
  });
});
