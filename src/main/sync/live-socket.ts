import WebSocket from 'ws';
import type { Timers } from './timers';
import { createWatchdog } from './watchdog';

export interface LiveSocketOptions {
  baseUrl: string;
  token: string;
  timers: Timers;
  /** `ready` and `poke` both carry the server's seq: the client pulls. */
  onSeq(seq: number): void;
  /** The socket is gone (any reason); `code` 4001/4401 means the session was revoked or rotated. */
  onClose(code: number): void;
  onOpen?(): void;
  pingEveryMs?: number;
  /** No message (pong, poke) for this long: the connection is dead even if TCP has not noticed. */
  silenceMs?: number;
}

export interface LiveSocket {
  close(): void;
}

/**
 * The data-less poke channel (docs/sync.md, Live). The token goes in a subprotocol, never the URL.
 * A ping every 25 s keeps NATs open and proves the server alive; the watchdog cuts a silent socket.
 */
export function openLiveSocket(options: LiveSocketOptions): LiveSocket {
  const url = `${options.baseUrl.replace(/^http/, 'ws')}/api/sync/live`;
  const socket = new WebSocket(url, ['mesa.v1', `mesa.auth.${options.token}`]);
  const pingEvery = options.pingEveryMs ?? 25_000;
  let pingTimer: unknown = null;
  let closed = false;
  const watchdog = createWatchdog(options.timers, options.silenceMs ?? 60_000, () => socket.terminate());

  const schedulePing = () => {
    pingTimer = options.timers.setTimeout(() => {
      if (socket.readyState === WebSocket.OPEN) socket.send('{"type":"ping"}');
      schedulePing();
    }, pingEvery);
  };
  const finish = (code: number) => {
    if (closed) return;
    closed = true;
    watchdog.stop();
    if (pingTimer !== null) options.timers.clearTimeout(pingTimer);
    options.onClose(code);
  };

  socket.on('open', () => {
    watchdog.kick();
    schedulePing();
    options.onOpen?.();
  });
  socket.on('message', (data) => {
    watchdog.kick();
    let message: unknown;
    try {
      message = JSON.parse(data.toString());
    } catch {
      return;
    }
    if (typeof message !== 'object' || message === null) return;
    const { type, seq } = message as { type?: unknown; seq?: unknown };
    if ((type === 'ready' || type === 'poke') && typeof seq === 'number') options.onSeq(seq);
  });
  socket.on('unexpected-response', (_req, res) => {
    socket.terminate();
    finish(res.statusCode === 401 ? 4401 : 1006);
  });
  socket.on('error', () => finish(1006));
  socket.on('close', (code) => finish(code));

  return {
    close() {
      closed = true;
      watchdog.stop();
      if (pingTimer !== null) options.timers.clearTimeout(pingTimer);
      socket.removeAllListeners('message');
      socket.on('error', () => {});
      if (socket.readyState === WebSocket.CONNECTING) socket.terminate();
      else socket.close(1000);
    },
  };
}
