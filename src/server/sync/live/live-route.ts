import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import type { AppContext } from '../../app-context';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { authenticateToken } from '../../http/authenticate';
import { HttpError } from '../../http/http-error';
import { scopesMeet } from '../scopes';
import { CLOSE_UNAUTHORIZED } from './live-sockets';

export const LIVE_PROTOCOL = 'mesa.v1';
/** Prefix of the subprotocol that carries the token: `mesa.auth.<token>` (never echoed back). */
export const TOKEN_PROTOCOL_PREFIX = 'mesa.auth.';
const FIRST_MESSAGE_TIMEOUT_MS = 5000;
/** Pokes for one socket are at most one per this window (plus a trailing one): a burst becomes few pulls. */
const POKE_COALESCE_MS = 25;

const AuthMessageSchema = z.strictObject({ type: z.literal('auth'), token: z.string().max(200) });

function protocolToken(request: FastifyRequest): string | null {
  const offered = String(request.headers['sec-websocket-protocol'] ?? '')
    .split(',')
    .map((p) => p.trim());
  const carrier = offered.find((p) => p.startsWith(TOKEN_PROTOCOL_PREFIX));
  return carrier ? carrier.slice(TOKEN_PROTOCOL_PREFIX.length) : null;
}

/** Sends `{type:'poke', seq}` — no data: the client pulls, and the pull applies the scopes again. */
function subscribe(ctx: AppContext, socket: WebSocket, user: AuthenticatedUser): void {
  let pending: NodeJS.Timeout | null = null;
  let lastPokeAt = 0;
  let latest = ctx.feed.lastSeq;
  const send = (message: object) => {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
  };
  const unsubscribe = ctx.feed.subscribe((batch) => {
    if (!scopesMeet([...batch.scopes], user.scopes)) return;
    latest = Math.max(latest, batch.lastSeq);
    if (pending) return;
    const poke = () => {
      pending = null;
      lastPokeAt = Date.now();
      send({ type: 'poke', seq: latest });
    };
    // Leading edge: the first change after a quiet window is poked at once; later ones in the
    // window share one trailing poke.
    const wait = lastPokeAt + POKE_COALESCE_MS - Date.now();
    if (wait <= 0) poke();
    else pending = setTimeout(poke, wait);
  });
  ctx.liveSockets.add(user.tokenHash, socket);
  socket.on('close', () => {
    unsubscribe();
    if (pending) clearTimeout(pending);
    ctx.liveSockets.remove(user.tokenHash, socket);
  });
  socket.on('message', (data) => {
    if (data.toString() === '{"type":"ping"}') send({ type: 'pong' });
  });
  // Tells the client the subscription is live and where the log stands: pull if behind.
  send({ type: 'ready', seq: ctx.feed.lastSeq });
}

export function registerLiveRoute(app: FastifyInstance, ctx: AppContext): void {
  app.get(
    '/api/sync/live',
    {
      websocket: true,
      // A token in the subprotocol is checked before the upgrade: a bad one never gets a socket.
      preValidation: async (request) => {
        const token = protocolToken(request);
        request.mesaUser = null;
        if (token === null) return;
        const user = await authenticateToken(ctx.database.db, token, ctx.now());
        if (!user) throw new HttpError(401, 'auth.unauthorized');
        request.mesaUser = user;
      },
    },
    (socket, request) => {
      if (request.mesaUser) return subscribe(ctx, socket, request.mesaUser);
      // No token in the handshake: the first message must be {type:'auth', token}.
      const timer = setTimeout(
        () => socket.close(CLOSE_UNAUTHORIZED, 'auth timeout'),
        FIRST_MESSAGE_TIMEOUT_MS,
      );
      socket.once('message', (data) => {
        clearTimeout(timer);
        void (async () => {
          let token: string | null;
          try {
            const parsed = AuthMessageSchema.safeParse(JSON.parse(data.toString()));
            token = parsed.success ? parsed.data.token : null;
          } catch {
            token = null;
          }
          const user = await authenticateToken(ctx.database.db, token, ctx.now()).catch(() => null);
          if (!user) return socket.close(CLOSE_UNAUTHORIZED, 'unauthorized');
          subscribe(ctx, socket, user);
        })();
      });
    },
  );
}
