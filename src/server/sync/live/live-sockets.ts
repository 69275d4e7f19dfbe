import type { WebSocket } from 'ws';

/** Close codes in the application range (4000–4999) so clients can tell why a socket ended. */
export const CLOSE_UNAUTHORIZED = 4401;
export const CLOSE_SESSION_ENDED = 4001;
export const CLOSE_GOING_AWAY = 1001;

/**
 * Open live sockets by session, so logging out or rotating a token ends that session's sockets on
 * this instance at once (other instances notice when the client reconnects with the dead token).
 */
export class LiveSockets {
  private readonly bySession = new Map<string, Set<WebSocket>>();

  add(tokenHash: string, socket: WebSocket): void {
    const set = this.bySession.get(tokenHash) ?? new Set();
    set.add(socket);
    this.bySession.set(tokenHash, set);
  }

  remove(tokenHash: string, socket: WebSocket): void {
    const set = this.bySession.get(tokenHash);
    set?.delete(socket);
    if (set?.size === 0) this.bySession.delete(tokenHash);
  }

  closeSession(tokenHash: string, code = CLOSE_SESSION_ENDED, reason = 'session ended'): void {
    for (const socket of this.bySession.get(tokenHash) ?? []) socket.close(code, reason);
  }

  closeAll(code = CLOSE_GOING_AWAY, reason = 'server shutting down'): void {
    for (const set of this.bySession.values()) for (const socket of set) socket.close(code, reason);
  }

  get count(): number {
    let n = 0;
    for (const set of this.bySession.values()) n += set.size;
    return n;
  }
}
