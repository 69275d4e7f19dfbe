import { ChatRelay } from '../../chat/chat-relay';
import type { HandlerContext } from '../../services/handler-context';
import type { HandlerRegistry } from '../handler-registry';

/**
 * Chat (docs/channels.md): the panel lists chats and acts on them through the relay, which talks to
 * the server live (chats are not kept offline). Without a server, the list is empty.
 */
export function registerChatHandlers(registry: HandlerRegistry, ctx: HandlerContext): void {
  const relay = new ChatRelay({
    auth: () => {
      const client = ctx.sync?.current;
      const token = client?.sessionToken() ?? null;
      return client && token ? { serverUrl: client.serverUrl, token } : null;
    },
    events: ctx.events,
    notifier: ctx.notifier,
    language: () => ctx.session.language,
  });
  registry.register('chat.list', async () => {
    relay.ensureConnected();
    return relay.list();
  });
  registry.register('chat.accept', ({ chatId }) => relay.act(chatId, 'accept'));
  registry.register('chat.send', ({ chatId, text }) => relay.act(chatId, 'messages', { text }));
  registry.register('chat.convert', ({ chatId }) => relay.act(chatId, 'convert'));
  registry.register('chat.end', ({ chatId }) => relay.act(chatId, 'end'));
}
