import WebSocket from 'ws';
import { ChatViewSchema, type ChatView } from '../../shared/chat/chat-protocol';
import { MesaError, isMesaError, type ErrorCode } from '../../shared/errors';
import type { ApiEventBus } from '../api/event-bus';
import type { Notifier } from '../services/notifier';

export interface ChatRelayOptions {
  /** The server and the agent's session token, or null while signed out / local-only. */
  auth(): { serverUrl: string; token: string } | null;
  events: ApiEventBus;
  notifier: Notifier;
  language(): 'es' | 'en';
  fetch?: typeof fetch;
  retryMs?: number;
}

const TEXTS = {
  es: { title: 'Nuevo chat', body: (name: string, text: string) => `${name}: ${text}` },
  en: { title: 'New chat', body: (name: string, text: string) => `${name}: ${text}` },
};

/**
 * The workstation's live relay to the server's chat (docs/channels.md, Chat): a socket that receives
 * every chat change (`/api/chat/agent`, token in the subprotocol as for pokes) and HTTP actions.
 * Chats are live by nature: they are not kept in the local store and need the server reachable.
 * A new chat raises a desktop notification and the renderer plays a sound (`incomingChatId`).
 */
export class ChatRelay {
  private socket: WebSocket | null = null;
  private chats = new Map<string, ChatView>();
  private retry: NodeJS.Timeout | null = null;
  private stopped = false;

  constructor(private readonly options: ChatRelayOptions) {}

  /** Opens the socket when signed in and not open yet (idempotent). */
  ensureConnected(): void {
    if (this.socket || this.stopped) return;
    const auth = this.options.auth();
    if (!auth) return;
    const url = `${auth.serverUrl.replace(/^http/, 'ws')}/api/chat/agent`;
    const socket = new WebSocket(url, ['mesa.v1', `mesa.auth.${auth.token}`]);
    this.socket = socket;
    socket.on('message', (data) => this.receive(data.toString()));
    socket.on('error', () => undefined);
    socket.on('close', () => {
      if (this.socket === socket) this.socket = null;
      if (this.stopped) return;
      this.retry = setTimeout(() => this.ensureConnected(), this.options.retryMs ?? 5000);
      this.retry.unref();
    });
  }

  list(): ChatView[] {
    return [...this.chats.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  private receive(raw: string): void {
    let message: { type?: string; chats?: unknown[]; chat?: unknown; incoming?: boolean };
    try {
      message = JSON.parse(raw) as typeof message;
    } catch {
      return;
    }
    let incoming: ChatView | null = null;
    if (message.type === 'snapshot' && Array.isArray(message.chats)) {
      this.chats = new Map(message.chats.flatMap((c) => {
        const parsed = ChatViewSchema.safeParse(c);
        return parsed.success ? [[parsed.data.id, parsed.data] as const] : [];
      }));
    } else if (message.type === 'chat') {
      const parsed = ChatViewSchema.safeParse(message.chat);
      if (!parsed.success) return;
      this.chats.set(parsed.data.id, parsed.data);
      if (message.incoming) incoming = parsed.data;
    } else return;
    if (incoming) {
      const texts = TEXTS[this.options.language()];
      this.options.notifier.notify({
        title: texts.title,
        body: texts.body(incoming.visitorName, incoming.visitorEmail),
        urgency: 'normal',
      });
    }
    this.options.events.emit('chat.changed', { chats: this.list(), incomingChatId: incoming?.id ?? null });
  }

  /** An agent action over HTTP; the server's answer (the chat) is applied at once. */
  async act(chatId: string, action: 'accept' | 'messages' | 'convert' | 'end', body: object = {}): Promise<ChatView> {
    const auth = this.options.auth();
    if (!auth) throw new MesaError('sync.signed_out');
    const response = await (this.options.fetch ?? fetch)(
      `${auth.serverUrl}/api/chat/chats/${encodeURIComponent(chatId)}/${action}`,
      {
        method: 'POST',
        headers: { authorization: `Bearer ${auth.token}`, 'content-type': 'application/json' },
        body: JSON.stringify(body),
        signal: AbortSignal.timeout(10_000),
      },
    ).catch(() => {
      throw new MesaError('sync.unreachable', { url: auth.serverUrl });
    });
    const data = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok) {
      const code = typeof data.code === 'string' ? (data.code as ErrorCode) : 'internal';
      const error = new MesaError(code, (data.params as MesaError['params'] | undefined) ?? {});
      throw isMesaError(error) ? error : new MesaError('internal');
    }
    const chat = ChatViewSchema.parse(data);
    this.chats.set(chat.id, chat);
    this.options.events.emit('chat.changed', { chats: this.list(), incomingChatId: null });
    return chat;
  }

  stop(): void {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    this.socket?.close();
    this.socket = null;
  }
}
