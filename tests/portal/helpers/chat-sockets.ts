import WebSocket from 'ws';

/** A JSON socket that remembers every message and waits for the next one matching a predicate. */
export interface JsonSocket {
  socket: WebSocket;
  messages: Array<Record<string, unknown>>;
  send(message: unknown): void;
  next(match: (m: Record<string, unknown>) => boolean, timeoutMs?: number): Promise<Record<string, unknown>>;
  closed: Promise<number>;
}

export function openJsonSocket(url: string, protocols: string[] = [], headers: Record<string, string> = {}): Promise<JsonSocket> {
  const socket = new WebSocket(url, protocols, { headers });
  const messages: JsonSocket['messages'] = [];
  const waiters: Array<() => void> = [];
  let consumed = 0;
  socket.on('message', (data) => {
    messages.push(JSON.parse(data.toString()) as Record<string, unknown>);
    for (const w of waiters.splice(0)) w();
  });
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  const client: JsonSocket = {
    socket,
    messages,
    closed,
    send: (message) => socket.send(typeof message === 'string' ? message : JSON.stringify(message)),
    next(match, timeoutMs = 3000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no match within ${timeoutMs} ms: ${JSON.stringify(messages)}`)), timeoutMs);
        const check = () => {
          while (consumed < messages.length) {
            const m = messages[consumed++]!;
            if (match(m)) {
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
