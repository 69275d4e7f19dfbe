import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { WebSocket } from 'ws';
import { z } from 'zod';
import { CHAT_MESSAGE_MAX } from '../../../shared/chat/chat-protocol';
import type { AppContext } from '../../app-context';
import type { AuthenticatedUser } from '../../auth/authenticated-user';
import { authenticateToken, requireUser } from '../../http/authenticate';
import { HttpError } from '../../http/http-error';
import { parseInput } from '../../http/parse-input';
import { TOKEN_PROTOCOL_PREFIX } from '../../sync/live/live-route';
import type { ChatHub } from './chat-hub';
import { appendChatLine, convertChat } from './chat-convert';
import { finishChat } from './chat-lifecycle';
import { acceptChat, addChatMessage, chatRow, chatView, listChats } from './chat-store';

const Params = z.strictObject({ id: z.string().min(1).max(100) });
const MessageBody = z.strictObject({ text: z.string().trim().min(1).max(CHAT_MESSAGE_MAX) });

function staff(user: AuthenticatedUser): string {
  if (user.role === 'requester' || !user.agentId) throw new HttpError(403, 'auth.forbidden');
  return user.agentId;
}

function protocolToken(request: FastifyRequest): string | null {
  const offered = String(request.headers['sec-websocket-protocol'] ?? '').split(',').map((p) => p.trim());
  const carrier = offered.find((p) => p.startsWith(TOKEN_PROTOCOL_PREFIX));
  return carrier ? carrier.slice(TOKEN_PROTOCOL_PREFIX.length) : null;
}

/**
 * The agents' side: a socket that pushes every chat change (`/api/chat/agent`, token in the
 * subprotocol as for pokes) and HTTP actions: accept (first wins), answer, convert to a ticket, end.
 */
export function registerAgentRoutes(app: FastifyInstance, ctx: AppContext, hub: ChatHub): void {
  const { db } = ctx.database;
  const guarded = { preHandler: ctx.authenticate };
  const nowIso = () => new Date(ctx.now()).toISOString();

  app.get(
    '/api/chat/agent',
    {
      websocket: true,
      preValidation: async (request) => {
        const user = await authenticateToken(db, protocolToken(request), ctx.now());
        if (!user || user.role === 'requester') throw new HttpError(401, 'auth.unauthorized');
        request.mesaUser = user;
      },
    },
    (socket: WebSocket, request) => {
      socket.on('message', (data) => {
        if (data.toString() === '{"type":"ping"}' && socket.readyState === socket.OPEN) socket.send('{"type":"pong"}');
      });
      void hub.addAgent(socket).catch((err: unknown) => request.log.error({ err }, 'chat: agent snapshot failed'));
    },
  );

  app.get('/api/chat/chats', guarded, async (request) => {
    staff(requireUser(request));
    return listChats(db, ctx.now());
  });

  const openChat = async (id: string) => {
    const chat = await chatRow(db, id);
    if (!chat) throw new HttpError(404, 'chat.not_found');
    return chat;
  };

  app.post('/api/chat/chats/:id/accept', guarded, async (request) => {
    const agentId = staff(requireUser(request));
    const { id } = parseInput(Params, request.params);
    const chat = await openChat(id);
    if (chat.status === 'ended') throw new HttpError(409, 'chat.ended');
    if (chat.agent_id !== agentId && !(await acceptChat(db, id, agentId, nowIso())))
      throw new HttpError(409, 'chat.already_taken');
    await hub.changed(id);
    return chatView(db, (await chatRow(db, id))!);
  });

  app.post('/api/chat/chats/:id/messages', { ...guarded, bodyLimit: 16 * 1024 }, async (request) => {
    const agentId = staff(requireUser(request));
    const { id } = parseInput(Params, request.params);
    const { text } = parseInput(MessageBody, request.body);
    const chat = await openChat(id);
    if (chat.status === 'ended') throw new HttpError(409, 'chat.ended');
    if (chat.agent_id === null) throw new HttpError(409, 'chat.not_accepted');
    if (chat.agent_id !== agentId) throw new HttpError(409, 'chat.already_taken');
    const lineId = await addChatMessage(db, { chatId: id, author: 'agent', agentId, body: text, nowIso: nowIso() });
    if (chat.ticket_id) await appendChatLine(ctx, chat, lineId);
    await hub.changed(id);
    return chatView(db, (await chatRow(db, id))!);
  });

  app.post('/api/chat/chats/:id/convert', guarded, async (request) => {
    const agentId = staff(requireUser(request));
    const { id } = parseInput(Params, request.params);
    await openChat(id);
    await convertChat(ctx, id, { id: agentId, role: 'agent' });
    await hub.changed(id);
    return chatView(db, (await chatRow(db, id))!);
  });

  app.post('/api/chat/chats/:id/end', guarded, async (request) => {
    staff(requireUser(request));
    const { id } = parseInput(Params, request.params);
    await openChat(id);
    await finishChat(ctx, hub, id, 'agent', request.log);
    return chatView(db, (await chatRow(db, id))!);
  });
}
