import type { FastifyBaseLogger } from 'fastify';
import type { AppContext } from '../../app-context';
import { portalDb } from '../../portal/portal-tables';
import type { ChatHub } from './chat-hub';
import { convertChat } from './chat-convert';
import { chatRow, endChat } from './chat-store';

/**
 * Ends a chat (visitor, agent or abandonment) and, when it was not converted yet and the visitor
 * wrote something, turns the transcript into a ticket: nothing said in a chat is lost.
 */
export async function finishChat(
  ctx: AppContext,
  hub: ChatHub,
  chatId: string,
  by: string,
  log?: FastifyBaseLogger,
): Promise<void> {
  const { db } = ctx.database;
  if (!(await endChat(db, chatId, by, new Date(ctx.now()).toISOString()))) return;
  const chat = await chatRow(db, chatId);
  if (chat && !chat.ticket_id) {
    const said = await portalDb(db)
      .selectFrom('chat_messages')
      .select('id')
      .where('chat_id', '=', chatId)
      .where('author', '=', 'visitor')
      .executeTakeFirst();
    if (said) {
      const actor = chat.agent_id ? { id: chat.agent_id, role: 'agent' as const } : { id: 'system', role: 'system' as const };
      await convertChat(ctx, chatId, actor).catch((err: unknown) => log?.warn({ err, chatId }, 'chat: not converted at the end'));
    }
  }
  await hub.changed(chatId);
}
