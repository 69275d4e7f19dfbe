import { createHash, randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { ChatAuthor, ChatMessageView, ChatStatus, ChatView } from '../../../shared/chat/chat-protocol';
import { newId } from '../../../shared/domain/ids';
import type { Language } from '../../../shared/domain/localized-text';
import type { ServerDatabase } from '../../db/schema';
import { portalDb, type ChatSessionsTable } from '../../portal/portal-tables';

const VIEW_MESSAGES = 200;
export const hashResume = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

export interface NewChat {
  name: string;
  email: string;
  language: Language;
  origin: string;
  requesterId: string | null;
  nowIso: string;
}

export async function createChat(db: Kysely<ServerDatabase>, chat: NewChat): Promise<{ id: string; resume: string }> {
  const id = newId();
  const resume = randomBytes(24).toString('base64url');
  await portalDb(db)
    .insertInto('chat_sessions')
    .values({
      id,
      status: 'waiting',
      visitor_name: chat.name,
      visitor_email: chat.email.toLowerCase(),
      requester_id: chat.requesterId,
      language: chat.language,
      origin: chat.origin,
      resume_hash: hashResume(resume),
      agent_id: null,
      ticket_id: null,
      created_at: chat.nowIso,
      accepted_at: null,
      first_response_at: null,
      ended_at: null,
      ended_by: null,
    })
    .execute();
  return { id, resume };
}

export async function chatRow(db: Kysely<ServerDatabase>, id: string): Promise<ChatSessionsTable | undefined> {
  return portalDb(db).selectFrom('chat_sessions').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function chatByResume(db: Kysely<ServerDatabase>, resume: string): Promise<ChatSessionsTable | undefined> {
  return portalDb(db)
    .selectFrom('chat_sessions')
    .selectAll()
    .where('resume_hash', '=', hashResume(resume))
    .where('status', '!=', 'ended')
    .executeTakeFirst();
}

export async function addChatMessage(
  db: Kysely<ServerDatabase>,
  message: { chatId: string; author: ChatAuthor; agentId: string | null; body: string; nowIso: string },
): Promise<string> {
  const id = newId();
  await portalDb(db)
    .insertInto('chat_messages')
    .values({
      id,
      chat_id: message.chatId,
      author: message.author,
      agent_id: message.agentId,
      body: message.body,
      comment_id: null,
      created_at: message.nowIso,
    })
    .execute();
  if (message.author === 'agent') {
    await portalDb(db)
      .updateTable('chat_sessions')
      .set({ first_response_at: message.nowIso })
      .where('id', '=', message.chatId)
      .where('first_response_at', 'is', null)
      .execute();
  }
  return id;
}

/** First acceptance wins: false when someone else took it (or it ended). */
export async function acceptChat(db: Kysely<ServerDatabase>, id: string, agentId: string, nowIso: string): Promise<boolean> {
  const result = await portalDb(db)
    .updateTable('chat_sessions')
    .set({ status: 'active', agent_id: agentId, accepted_at: nowIso })
    .where('id', '=', id)
    .where('status', '=', 'waiting')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function endChat(db: Kysely<ServerDatabase>, id: string, by: string, nowIso: string): Promise<boolean> {
  const result = await portalDb(db)
    .updateTable('chat_sessions')
    .set({ status: 'ended', ended_at: nowIso, ended_by: by })
    .where('id', '=', id)
    .where('status', '!=', 'ended')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function chatMessages(db: Kysely<ServerDatabase>, chatId: string): Promise<ChatMessageView[]> {
  const rows = await portalDb(db)
    .selectFrom('chat_messages')
    .leftJoin('agents', 'agents.id', 'chat_messages.agent_id')
    .select(['chat_messages.id', 'author', 'body', 'chat_messages.created_at', 'agents.name as agent_name'])
    .where('chat_id', '=', chatId)
    .orderBy('chat_messages.created_at', 'desc')
    .orderBy('chat_messages.id', 'desc')
    .limit(VIEW_MESSAGES)
    .execute();
  return rows.reverse().map((r) => ({
    id: r.id,
    author: r.author as ChatAuthor,
    agentName: r.agent_name ?? null,
    body: r.body,
    at: r.created_at,
  }));
}

export async function chatView(db: Kysely<ServerDatabase>, row: ChatSessionsTable): Promise<ChatView> {
  const agent = row.agent_id
    ? await db.selectFrom('agents').select('name').where('id', '=', row.agent_id).executeTakeFirst()
    : undefined;
  const ticket = row.ticket_id
    ? await db.selectFrom('tickets').select(['number', 'provisional_number']).where('id', '=', row.ticket_id).executeTakeFirst()
    : undefined;
  const wait = row.first_response_at ? (Date.parse(row.first_response_at) - Date.parse(row.created_at)) / 1000 : null;
  return {
    id: row.id,
    status: row.status as ChatStatus,
    visitorName: row.visitor_name,
    visitorEmail: row.visitor_email,
    requesterId: row.requester_id,
    language: row.language === 'en' ? 'en' : 'es',
    origin: row.origin,
    agentId: row.agent_id,
    agentName: agent?.name ?? null,
    ticketId: row.ticket_id,
    ticketNumber: ticket ? (ticket.number ?? ticket.provisional_number) : null,
    createdAt: row.created_at,
    acceptedAt: row.accepted_at,
    firstResponseAt: row.first_response_at,
    endedAt: row.ended_at,
    waitSeconds: wait === null ? null : Math.max(0, Math.round(wait)),
    messages: await chatMessages(db, row.id),
  };
}

/** The panel's list: open chats, and those that ended in the last hour. */
export async function listChats(db: Kysely<ServerDatabase>, nowMs: number): Promise<ChatView[]> {
  const since = new Date(nowMs - 3_600_000).toISOString();
  const rows = await portalDb(db)
    .selectFrom('chat_sessions')
    .selectAll()
    .where((eb) => eb.or([eb('status', '!=', 'ended'), eb('ended_at', '>=', since)]))
    .orderBy('created_at', 'desc')
    .limit(50)
    .execute();
  return Promise.all(rows.map((r) => chatView(db, r)));
}
