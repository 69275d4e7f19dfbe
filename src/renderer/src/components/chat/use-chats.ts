import { useEffect, useState } from 'react';
import { createApiClient, type ApiClient } from '../../../../shared/api/client';
import type { ChatView } from '../../../../shared/chat/chat-protocol';
import { getBridge } from '../../bridge/get-bridge';
import { playChime } from './play-chime';

let client: ApiClient | null | undefined;
/** The bridge client for the chat panel (events as well as calls). */
export function chatApi(): ApiClient | null {
  if (client === undefined) {
    const bridge = getBridge();
    client = bridge ? createApiClient(bridge) : null;
  }
  return client;
}

/** The chats as main last pushed them; a new one plays the chime. */
export function useChats(): ChatView[] {
  const [chats, setChats] = useState<ChatView[]>([]);
  useEffect(() => {
    const api = chatApi();
    if (!api) return;
    let live = true;
    const off = api.on('chat.changed', ({ chats: next, incomingChatId }) => {
      setChats(next);
      if (incomingChatId) playChime();
    });
    api.invoke('chat.list', {}).then(
      (list) => live && setChats((current) => (current.length > 0 ? current : list)),
      () => undefined,
    );
    return () => {
      live = false;
      off();
    };
  }, []);
  return chats;
}
