import type { BridgeResult, MesaBridge } from '../../../shared/api/bridge';
import { MesaError } from '../../../shared/errors';

/** The slice of the WebSocket API the bridge uses, so tests can pass a fake socket. */
export interface SocketLike {
  readonly readyState: number;
  send(data: string): void;
  close(): void;
  addEventListener(type: 'open' | 'close' | 'error', listener: () => void): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

export type SocketFactory = (url: string) => SocketLike;

type HostMessage =
  { type: 'result'; id: number; result: BridgeResult } | { type: 'event'; event: string; payload: unknown };

const OPEN = 1;

function parseHostMessage(data: unknown): HostMessage | null {
  if (typeof data !== 'string') return null;
  try {
    const msg = JSON.parse(data) as Partial<HostMessage> | null;
    if (msg?.type === 'result' && typeof msg.id === 'number' && msg.result) return msg as HostMessage;
    if (msg?.type === 'event' && typeof msg.event === 'string') return msg as HostMessage;
  } catch {
    /* malformed frames are ignored */
  }
  return null;
}

/** `ws://127.0.0.1:PORT/path` + `?token=…` (the host checks the token at upgrade time). */
export function wsConnectUrl(host: string, token: string): string {
  const sep = host.includes('?') ? '&' : '?';
  return `${host}${sep}token=${encodeURIComponent(token)}`;
}

/**
 * `MesaBridge` over the browser host's loopback WebSocket (tests only). JSON frames:
 * client→host `{type:'invoke', id, method, input}`; host→client `{type:'result', id, result}` and
 * `{type:'event', event, payload}`. No reconnect: once closed, every pending or later invoke
 * rejects with `bridge.disconnected`.
 */
export function createWsBridge(url: string, makeSocket: SocketFactory): MesaBridge {
  const socket = makeSocket(url);
  const pending = new Map<number, { resolve: (r: BridgeResult) => void; reject: (e: unknown) => void }>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const outbox: string[] = [];
  let nextId = 1;
  let closed = false;

  const failAll = (): void => {
    closed = true;
    outbox.length = 0;
    for (const p of pending.values()) p.reject(new MesaError('bridge.disconnected'));
    pending.clear();
  };

  socket.addEventListener('open', () => {
    for (const frame of outbox.splice(0)) socket.send(frame);
  });
  socket.addEventListener('close', failAll);
  socket.addEventListener('error', failAll);
  socket.addEventListener('message', (event) => {
    const msg = parseHostMessage(event.data);
    if (!msg) return;
    if (msg.type === 'result') {
      const p = pending.get(msg.id);
      if (!p) return;
      pending.delete(msg.id);
      p.resolve(msg.result);
    } else {
      for (const listener of [...(listeners.get(msg.event) ?? [])]) listener(msg.payload);
    }
  });

  return {
    invoke(method, input) {
      if (closed) return Promise.reject(new MesaError('bridge.disconnected'));
      const id = nextId++;
      const frame = JSON.stringify({ type: 'invoke', id, method, input });
      return new Promise<BridgeResult>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        if (socket.readyState === OPEN) socket.send(frame);
        else outbox.push(frame);
      });
    },
    on(event, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
  };
}
