/**
 * The chat channel's wire shapes (docs/channels.md, Chat), shared by the server, the portal's widget
 * and the workstation. The visitor talks over a WebSocket (`/api/chat/visitor`); agents receive
 * chat views over their own socket (`/api/chat/agent`) and act over HTTP.
 */
import { z } from 'zod';
import { LanguageSchema } from '../domain/localized-text';

/** One message's text; small enough that any UTF-8 spelling fits the socket's 4 KiB frame limit. */
export const CHAT_MESSAGE_MAX = 1000;
export const CHAT_NAME_MAX = 100;

export const CHAT_STATUSES = ['waiting', 'active', 'ended'] as const;
export type ChatStatus = (typeof CHAT_STATUSES)[number];
export const ChatStatusSchema = z.enum(CHAT_STATUSES);

export const ChatAuthorSchema = z.enum(['visitor', 'agent', 'system']);
export type ChatAuthor = z.infer<typeof ChatAuthorSchema>;

const MessageText = z.string().trim().min(1).max(CHAT_MESSAGE_MAX);

// ---------------------------------------------------------------- visitor → server
export const VisitorHelloSchema = z.strictObject({
  type: z.literal('hello'),
  name: z.string().trim().min(1).max(CHAT_NAME_MAX),
  email: z.email().max(320),
  language: LanguageSchema,
  /** Resumes an open chat after a reload (the token the welcome gave). */
  resume: z.string().max(200).nullable().default(null),
  /** `widget`: the embeddable widget on another site's page; `portal`: the portal's chat page. */
  source: z.enum(['portal', 'widget']).default('portal'),
});
export const VisitorMessageSchema = z.strictObject({ type: z.literal('message'), text: MessageText });
export const VisitorEndSchema = z.strictObject({ type: z.literal('end') });
export const VisitorPingSchema = z.strictObject({ type: z.literal('ping') });
export const VisitorToServerSchema = z.discriminatedUnion('type', [
  VisitorHelloSchema,
  VisitorMessageSchema,
  VisitorEndSchema,
  VisitorPingSchema,
]);
export type VisitorToServer = z.input<typeof VisitorToServerSchema>;

// ---------------------------------------------------------------- shared views
export const ChatMessageViewSchema = z.object({
  id: z.string(),
  author: ChatAuthorSchema,
  /** The agent's display name for agent lines; null otherwise. */
  agentName: z.string().nullable(),
  body: z.string(),
  at: z.string(),
});
export type ChatMessageView = z.infer<typeof ChatMessageViewSchema>;

/** What agents see of a chat (the workstation's panel). */
export const ChatViewSchema = z.object({
  id: z.string(),
  status: ChatStatusSchema,
  visitorName: z.string(),
  visitorEmail: z.string(),
  requesterId: z.string().nullable(),
  language: LanguageSchema,
  origin: z.string(),
  agentId: z.string().nullable(),
  agentName: z.string().nullable(),
  ticketId: z.string().nullable(),
  ticketNumber: z.string().nullable(),
  createdAt: z.string(),
  acceptedAt: z.string().nullable(),
  firstResponseAt: z.string().nullable(),
  endedAt: z.string().nullable(),
  /** created → first agent message, in seconds (null until answered). */
  waitSeconds: z.number().int().nonnegative().nullable(),
  messages: z.array(ChatMessageViewSchema),
});
export type ChatView = z.infer<typeof ChatViewSchema>;

// ---------------------------------------------------------------- server → visitor
export type ServerToVisitor =
  | { type: 'welcome'; chatId: string; resume: string; status: ChatStatus; messages: ChatMessageView[] }
  | { type: 'message'; message: ChatMessageView }
  | { type: 'status'; status: ChatStatus; agentName: string | null; ticketNumber: string | null }
  | { type: 'error'; code: string }
  | { type: 'pong' };

// ---------------------------------------------------------------- server → agent
export type ServerToAgent =
  | { type: 'snapshot'; chats: ChatView[] }
  | { type: 'chat'; chat: ChatView; incoming: boolean }
  | { type: 'pong' };
