/** The chat part of the bridge contract (docs/channels.md, Chat), spread into `apiMethods`/`apiEvents`. */
import { z } from 'zod';
import { CHAT_MESSAGE_MAX, ChatViewSchema } from '../chat/chat-protocol';

const ChatId = z.strictObject({ chatId: z.string().min(1).max(100) });

export const chatApiMethods = {
  /** Open chats and those ended in the last hour (also starts the live relay to the server). */
  'chat.list': { input: z.strictObject({}), output: z.array(ChatViewSchema) },
  'chat.accept': { input: ChatId, output: ChatViewSchema },
  'chat.send': {
    input: z.strictObject({ chatId: z.string().min(1).max(100), text: z.string().trim().min(1).max(CHAT_MESSAGE_MAX) }),
    output: ChatViewSchema,
  },
  /** The transcript becomes a ticket (channel chat). */
  'chat.convert': { input: ChatId, output: ChatViewSchema },
  'chat.end': { input: ChatId, output: ChatViewSchema },
} as const;

export const chatApiEvents = {
  /** Every chat as the server last told; `incomingChatId` names a chat that just arrived. */
  'chat.changed': z.object({ chats: z.array(ChatViewSchema), incomingChatId: z.string().nullable() }),
} as const;
