import WebSocket from 'ws';

export interface LiveClient {
  socket: WebSocket;
  messages: Array<{ type: string; seq?: number }>;
  /** Resolves with the next message matching `type` (including ones already received after `from`). */
  next(type: string, timeoutMs?: number): Promise<{ type: string; seq?: number }>;
  closed: Promise<{ code: number }>;
}

export function connectLive(baseUrl: string, protocols: string[]): Promise<LiveClient> {
  const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/api/sync/live`, protocols);
  const messages: LiveClient['messages'] = [];
  let consumed = 0;
  const waiters: Array<() => void> = [];
  socket.on('message', (data) => {
    messages.push(JSON.parse(data.toString()) as { type: string; seq?: number });
    for (const w of waiters.splice(0)) w();
  });
  const closed = new Promise<{ code: number }>((resolve) => socket.on('close', (code) => resolve({ code })));
  const client: LiveClient = {
    socket,
    messages,
    closed,
    next(type, timeoutMs = 3000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`no ${type} within ${timeoutMs} ms; got ${JSON.stringify(messages)}`)),
          timeoutMs,
        );
        const check = () => {
          while (consumed < messages.length) {
            const m = messages[consumed++];
            if (m?.type === type) {
              clearTimeout(timer);
              return resolve(m);
            }
          }
          waiters.push(check);
        };
        check();
      });
    },
  };
  return new Promise((resolve, reject) => {
    socket.once('open', () => resolve(client));
    socket.once('unexpected-response', (_req, res) => reject(new Error(`HTTP ${res.statusCode}`)));
    socket.once('error', reject);
  });
}

export const tokenProtocols = (token: string) => ['mesa.v1', `mesa.auth.${token}`];
