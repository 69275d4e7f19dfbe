import type { WebSocket } from 'ws';
import type { ServerToAgent, ServerToVisitor } from '../../../shared/chat/chat-protocol';
import type { AppContext } from '../../app-context';
import { chatMessages, chatRow, chatView, listChats } from './chat-store';

function sendJson(socket: WebSocket, message: object): void {
  if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(message));
}

/**
 * The live relay of one server instance: visitors' sockets by chat, and the agents' sockets. Every
 * change of a chat is written to the database first, then pushed: agents get the chat's whole view,
 * visitors the new lines and status. (Several instances: see docs/channels.md, Chat — one instance
 * serves the chat endpoints.)
 */
export class ChatHub {
  private readonly visitors = new Map<string, Set<WebSocket>>();
  private readonly agents = new Set<WebSocket>();
  /** Lines already pushed to visitors, per chat, so a change sends only what is new. */
  private readonly sentLines = new Map<string, Set<string>>();

  constructor(private readonly ctx: AppContext) {}

  addVisitor(chatId: string, socket: WebSocket, knownLines: readonly string[]): void {
    const set = this.visitors.get(chatId) ?? new Set();
    set.add(socket);
    this.visitors.set(chatId, set);
    const sent = this.sentLines.get(chatId) ?? new Set();
    for (const id of knownLines) sent.add(id);
    this.sentLines.set(chatId, sent);
    socket.on('close', () => {
      set.delete(socket);
      if (set.size === 0) this.visitors.delete(chatId);
    });
  }

  visitorCount(chatId: string): number {
    return this.visitors.get(chatId)?.size ?? 0;
  }

  async addAgent(socket: WebSocket): Promise<void> {
    this.agents.add(socket);
    socket.on('close', () => this.agents.delete(socket));
    const message: ServerToAgent = { type: 'snapshot', chats: await listChats(this.ctx.database.db, this.ctx.now()) };
    sendJson(socket, message);
  }

  /** Pushes the chat's current state to its visitors and to every agent. */
  async changed(chatId: string, incoming = false): Promise<void> {
    const { db } = this.ctx.database;
    const row = await chatRow(db, chatId);
    if (!row) return;
    const view = await chatView(db, row);
    const toAgents: ServerToAgent = { type: 'chat', chat: view, incoming };
    for (const socket of this.agents) sendJson(socket, toAgents);
    const visitors = this.visitors.get(chatId);
    if (!visitors) return;
    const sent = this.sentLines.get(chatId) ?? new Set<string>();
    this.sentLines.set(chatId, sent);
    for (const message of await chatMessages(db, chatId)) {
      if (sent.has(message.id)) continue;
      sent.add(message.id);
      for (const socket of visitors) sendJson(socket, { type: 'message', message } satisfies ServerToVisitor);
    }
    const status: ServerToVisitor = {
      type: 'status',
      status: view.status,
      agentName: view.agentName,
      ticketNumber: view.status === 'ended' ? view.ticketNumber : null,
    };
    for (const socket of visitors) sendJson(socket, status);
  }

  closeAll(): void {
    for (const set of this.visitors.values()) for (const socket of set) socket.close(1001, 'server closing');
    for (const socket of this.agents) socket.close(1001, 'server closing');
  }
}
