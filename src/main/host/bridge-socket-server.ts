import { timingSafeEqual } from 'node:crypto';
import { STATUS_CODES, type IncomingMessage, type Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type RawData, type WebSocket } from 'ws';
import type { ApiEventBus } from '../api/event-bus';
import type { HandlerRegistry } from '../api/handler-registry';
import type { BridgeResult } from '../../shared/api/bridge';
import { MesaError } from '../../shared/errors';

export const DEFAULT_MAX_MESSAGE_BYTES = 1024 * 1024;

export interface BridgeSocketServerOptions {
  registry: Pick<HandlerRegistry, 'dispatch'>;
  events: Pick<ApiEventBus, 'subscribe'>;
  /** Required as `?token=` in the upgrade URL; compared in constant time. */
  token: string;
  /** Upgrade path of the bridge socket. */
  path?: string;
  /** Frames larger than this close the socket with 1009 before they are buffered whole. */
  maxMessageBytes?: number;
  /**
   * Accepted `Host` headers (DNS-rebinding guard) and browser `Origin`s, read at upgrade time
   * (the port is known only once the server listens). Clients that send no Origin (Node) pass.
   */
  allowedHosts: () => readonly string[];
  allowedOrigins: () => readonly string[];
  /** Leave upgrades for other paths to another listener (Vite's HMR socket) instead of refusing them. */
  passThroughOtherPaths?: boolean;
}

export interface BridgeSocketServer {
  clientCount(): number;
  close(): Promise<void>;
}

/** Client → host frame: `{ type: 'invoke', id, method, input }`. */
interface InvokeFrame {
  id: number;
  method: string;
  input: unknown;
}

type ParsedFrame = { ok: true; frame: InvokeFrame } | { ok: false; id: number | null; reason: string };

/** Validates one text frame; never throws. The id is echoed back when it can be recovered. */
export function parseInvokeFrame(text: string): ParsedFrame {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { ok: false, id: null, reason: 'malformed_json' };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, id: null, reason: 'not_an_object' };
  }
  const { type, id, method, input } = value as Record<string, unknown>;
  const validId = typeof id === 'number' && Number.isSafeInteger(id) ? id : null;
  if (type !== 'invoke') return { ok: false, id: validId, reason: 'unknown_type' };
  if (validId === null) return { ok: false, id: null, reason: 'invalid_id' };
  if (typeof method !== 'string') return { ok: false, id: validId, reason: 'invalid_method' };
  return { ok: true, frame: { id: validId, method, input } };
}

function invalidFrame(reason: string): BridgeResult {
  return { ok: false, error: new MesaError('bridge.invalid_input', { reason }).toJSON() };
}

function rawToText(data: RawData): string {
  if (Buffer.isBuffer(data)) return data.toString('utf8');
  if (Array.isArray(data)) return Buffer.concat(data).toString('utf8');
  return Buffer.from(data).toString('utf8');
}

function tokenMatches(given: string | null, expected: string): boolean {
  if (given === null) return false;
  const a = Buffer.from(given, 'utf8');
  const b = Buffer.from(expected, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

function refuseUpgrade(socket: Duplex, status: number): void {
  socket.on('error', () => {});
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.once('finish', () => socket.destroy());
  socket.end(
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ''}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: 0\r\n\r\n`,
  );
}

/**
 * Serves the bridge contract over a WebSocket on `server`: the browser-host twin of ipc.ts. Every
 * frame is size-limited and shape-checked, then goes through `registry.dispatch` (which parses the
 * input and never throws); bad frames get a `bridge.invalid_input` result and the socket stays up.
 */
export function attachBridgeSocketServer(
  server: Server,
  options: BridgeSocketServerOptions,
): BridgeSocketServer {
  const bridgePath = options.path ?? '/bridge';
  const wss = new WebSocketServer({
    noServer: true,
    maxPayload: options.maxMessageBytes ?? DEFAULT_MAX_MESSAGE_BYTES,
    perMessageDeflate: false,
  });

  const onUpgrade = (req: IncomingMessage, socket: Duplex, head: Buffer): void => {
    let url: URL;
    try {
      url = new URL(req.url ?? '/', 'http://127.0.0.1');
    } catch {
      refuseUpgrade(socket, 400);
      return;
    }
    if (url.pathname !== bridgePath) {
      if (!options.passThroughOtherPaths) refuseUpgrade(socket, 404);
      return;
    }
    if (!options.allowedHosts().includes(req.headers.host ?? '')) {
      refuseUpgrade(socket, 403);
      return;
    }
    if (!tokenMatches(url.searchParams.get('token'), options.token)) {
      refuseUpgrade(socket, 401);
      return;
    }
    const origin = req.headers.origin;
    if (origin !== undefined && !options.allowedOrigins().includes(origin)) {
      refuseUpgrade(socket, 403);
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => wss.emit('connection', ws, req));
  };
  server.on('upgrade', onUpgrade);

  const serialize = (message: unknown): string | null => {
    try {
      return JSON.stringify(message);
    } catch (error) {
      console.error('[browser-host] could not serialize a frame', error);
      return null;
    }
  };
  const send = (ws: WebSocket, message: unknown): void => {
    const text = ws.readyState === ws.OPEN ? serialize(message) : null;
    if (text !== null) ws.send(text);
  };

  wss.on('connection', (ws: WebSocket) => {
    ws.on('error', (error) => console.warn(`[browser-host] socket error: ${error.message}`));
    ws.on('message', (data, isBinary) => {
      if (isBinary) {
        send(ws, { type: 'result', id: null, result: invalidFrame('binary_frame') });
        return;
      }
      const parsed = parseInvokeFrame(rawToText(data));
      if (!parsed.ok) {
        send(ws, { type: 'result', id: parsed.id, result: invalidFrame(parsed.reason) });
        return;
      }
      const { id, method, input } = parsed.frame;
      options.registry
        .dispatch(method, input, { transport: 'browser-host' })
        .then((result) => send(ws, { type: 'result', id, result }))
        .catch((error: unknown) => {
          // dispatch never throws; this is only a guard against a broken registry.
          console.error('[browser-host] dispatch threw', error);
          send(ws, { type: 'result', id, result: { ok: false, error: new MesaError('internal').toJSON() } });
        });
    });
  });

  const unsubscribe = options.events.subscribe((event, payload) => {
    if (wss.clients.size === 0) return;
    const text = serialize({ type: 'event', event, payload });
    if (text === null) return;
    for (const ws of wss.clients) if (ws.readyState === ws.OPEN) ws.send(text);
  });

  return {
    clientCount: () => wss.clients.size,
    close() {
      unsubscribe();
      server.off('upgrade', onUpgrade);
      for (const ws of wss.clients) ws.terminate();
      return new Promise<void>((resolve) => wss.close(() => resolve()));
    },
  };
}
