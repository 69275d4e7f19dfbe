import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { VisitorToServerSchema, type ServerToVisitor } from '../../../shared/chat/chat-protocol';
import type { AppContext } from '../../app-context';
import { LoginThrottle } from '../../auth/login-throttle';
import { authenticateToken } from '../../http/authenticate';
import { readCookie, SESSION_COOKIE } from '../../portal/portal-session';
import type { ChatHub } from './chat-hub';
import { finishChat } from './chat-lifecycle';
import { appendChatLine } from './chat-convert';
import { addChatMessage, chatByResume, chatMessages, chatRow, createChat } from './chat-store';

export interface ChatLimits {
  /** A chat left without a visitor socket this long ends (and becomes a ticket). */
  abandonAfterMs: number;
  socketsPerAddress: number;
  /** Messages per visitor socket per 10 s. */
  messagesPer10s: number;
}
export const DEFAULT_CHAT_LIMITS: ChatLimits = { abandonAfterMs: 120_000, socketsPerAddress: 5, messagesPer10s: 8 };

const HELLO_TIMEOUT_MS = 10_000;

/** Browsers always send Origin: a page of another site must not open chats with the portal cookie. */
function sameOrigin(request: FastifyRequest): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  try {
    return new URL(origin).host === request.headers.host;
  } catch {
    return false;
  }
}

/** The signed-in portal requester, if the chat page sent the session cookie (a verified identity). */
async function portalIdentity(ctx: AppContext, request: FastifyRequest) {
  const user = await authenticateToken(ctx.database.db, readCookie(request.headers.cookie, SESSION_COOKIE), ctx.now());
  if (!user || user.role !== 'requester' || !user.requesterId) return null;
  const requester = await ctx.database.db.selectFrom('requesters').selectAll().where('id', '=', user.requesterId).executeTakeFirst();
  return requester ? { requesterId: requester.id, name: requester.name, email: user.email } : null;
}

export function registerVisitorRoute(app: FastifyInstance, ctx: AppContext, hub: ChatHub, limits: ChatLimits, timers: Set<NodeJS.Timeout>): void {
  const perAddress = new Map<string, number>();
  const newChats = new LoginThrottle({ freeFailures: 20, baseDelayMs: 60_000, maxDelayMs: 3_600_000, now: ctx.now });

  app.get('/api/chat/visitor', { websocket: true }, (socket: WebSocket, request) => {
    const send = (message: ServerToVisitor): void => {
      if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
    };
    const refuse = (code: string): void => {
      send({ type: 'error', code });
      socket.close(4400, code);
    };
    if (!sameOrigin(request)) return refuse('chat.bad_message');
    const address = request.ip;
    const open = (perAddress.get(address) ?? 0) + 1;
    if (open > limits.socketsPerAddress) return refuse('chat.rate_limited');
    perAddress.set(address, open);

    let chatId: string | null = null;
    let stamps: number[] = [];
    const helloTimer = setTimeout(() => refuse('chat.bad_message'), HELLO_TIMEOUT_MS);
    socket.on('close', () => {
      clearTimeout(helloTimer);
      perAddress.set(address, (perAddress.get(address) ?? 1) - 1);
      if (chatId === null) return;
      const id = chatId;
      const timer = setTimeout(() => {
        timers.delete(timer);
        if (hub.visitorCount(id) === 0) void finishChat(ctx, hub, id, 'timeout', request.log).catch((err: unknown) => request.log.error({ err }, 'chat: abandon failed'));
      }, limits.abandonAfterMs);
      timer.unref();
      timers.add(timer);
    });

    const handle = async (raw: string): Promise<void> => {
      let parsed;
      try {
        parsed = VisitorToServerSchema.safeParse(JSON.parse(raw));
      } catch {
        return refuse('chat.bad_message');
      }
      if (!parsed.success) return refuse('chat.bad_message');
      const message = parsed.data;
      const nowIso = new Date(ctx.now()).toISOString();
      if (message.type === 'ping') return send({ type: 'pong' });
      if (message.type === 'hello') {
        if (chatId !== null) return refuse('chat.bad_message');
        clearTimeout(helloTimer);
        const resumed = message.resume ? await chatByResume(ctx.database.db, message.resume) : undefined;
        if (resumed) {
          chatId = resumed.id;
          const messages = await chatMessages(ctx.database.db, resumed.id);
          hub.addVisitor(resumed.id, socket, messages.map((m) => m.id));
          send({ type: 'welcome', chatId: resumed.id, resume: message.resume ?? '', status: resumed.status as 'waiting', messages });
          return;
        }
        if (newChats.retryAfterMs([`ip:${address}`]) > 0) return refuse('chat.rate_limited');
        newChats.recordFailure([`ip:${address}`]);
        const verified = await portalIdentity(ctx, request);
        const created = await createChat(ctx.database.db, {
          name: verified?.name ?? message.name,
          email: verified?.email ?? message.email,
          language: message.language,
          origin: message.source,
          requesterId: verified?.requesterId ?? null,
          nowIso,
        });
        chatId = created.id;
        hub.addVisitor(created.id, socket, []);
        send({ type: 'welcome', chatId: created.id, resume: created.resume, status: 'waiting', messages: [] });
        await hub.changed(created.id, true);
        return;
      }
      if (chatId === null) return refuse('chat.bad_message');
      const chat = await chatRow(ctx.database.db, chatId);
      if (!chat || chat.status === 'ended') return send({ type: 'error', code: 'chat.ended' });
      if (message.type === 'end') return void (await finishChat(ctx, hub, chatId, 'visitor', request.log));
      const now = ctx.now();
      stamps = stamps.filter((t) => now - t < 10_000);
      if (stamps.length >= limits.messagesPer10s) return send({ type: 'error', code: 'chat.rate_limited' });
      stamps.push(now);
      const lineId = await addChatMessage(ctx.database.db, { chatId, author: 'visitor', agentId: null, body: message.text, nowIso });
      if (chat.ticket_id) await appendChatLine(ctx, chat, lineId);
      await hub.changed(chatId);
    };

    // One message at a time, in order.
    let queue = Promise.resolve();
    socket.on('message', (data) => {
      const raw = data.toString();
      queue = queue.then(() => handle(raw)).catch((err: unknown) => {
        request.log.error({ err }, 'chat: visitor message failed');
        send({ type: 'error', code: 'internal' });
      });
    });
  });
}
