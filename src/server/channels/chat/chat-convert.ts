import type { Kysely } from 'kysely';
import { newId } from '../../../shared/domain/ids';
import { applyMutation } from '../../../shared/sync/apply-mutation';
import type { ActorRole, MutationContext } from '../../../shared/sync/mutation-tx';
import { MesaError } from '../../../shared/errors';
import type { AppContext } from '../../app-context';
import type { ServerDatabase } from '../../db/schema';
import { HttpError } from '../../http/http-error';
import { portalDb, type ChatSessionsTable } from '../../portal/portal-tables';
import { ChangeRecorder } from '../../sync/change-log/change-recorder';
import { createServerMutationTx } from '../../sync/server-mutation-tx';
import { resolveRequester } from '../email/ingest/resolve-requester';

interface Actor {
  id: string;
  role: ActorRole;
}

/** Runs mutators each stamped with its own instant (the transcript keeps the chat's real times). */
function runner(trx: Kysely<ServerDatabase>, ctx: AppContext, recorder: ChangeRecorder) {
  const tx = createServerMutationTx(trx, { dialect: ctx.database.dialect, recorder, clientAt: null, timeCorrected: false });
  return (actor: Actor, at: string, name: string, args: unknown) => {
    const mctx: MutationContext = {
      actorId: actor.id,
      actorRole: actor.role,
      deviceId: 'chat',
      now: at,
      offline: false,
      newId,
      priorityMatrix: ctx.priorityMatrix,
    };
    return applyMutation(tx, mctx, name, args);
  };
}

const titleFrom = (text: string) => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > 120 ? `${line.slice(0, 117)}…` : line || 'Chat';
};

/**
 * The transcript becomes a ticket (channel `chat`): created at the chat's start, each line a public
 * comment at the instant it was written (visitor lines as the requester, agent lines as the agent),
 * and the accepting agent's claim at the acceptance. So the first response the KPIs and the SLA
 * read is the agent's first chat answer, and the wait is created → that answer. Lines written after
 * the conversion are appended as they come (appendChatLine).
 */
export async function convertChat(ctx: AppContext, chatId: string, actor: Actor): Promise<string> {
  const { db } = ctx.database;
  const nowIso = new Date(ctx.now()).toISOString();
  const { ticketId, lastSeq } = await db.transaction().execute(async (trx) => {
    const chats = portalDb(trx);
    const chat = await chats.selectFrom('chat_sessions').selectAll().where('id', '=', chatId).executeTakeFirst();
    if (!chat) throw new HttpError(404, 'chat.not_found');
    if (chat.ticket_id) throw new HttpError(409, 'chat.already_converted', { number: chat.ticket_id });
    const recorder = new ChangeRecorder();
    const requester = await resolveRequester(trx, recorder, {
      address: chat.visitor_email,
      name: chat.visitor_name,
      language: chat.language === 'en' ? 'en' : 'es',
      defaultOrganizationId: null,
    });
    if (!requester) throw new HttpError(422, 'chat.unknown_requester', { email: chat.visitor_email });
    const lines = await chats.selectFrom('chat_messages').selectAll().where('chat_id', '=', chatId).orderBy('created_at').orderBy('id').execute();
    const first = lines.find((l) => l.author === 'visitor');
    const run = runner(trx, ctx, recorder);
    const id = newId();
    const creator: Actor = chat.agent_id ? { id: chat.agent_id, role: 'agent' } : actor;
    await run(creator, chat.created_at, 'ticket.create', {
      id,
      type: 'incident',
      title: titleFrom(first?.body ?? chat.visitor_name),
      description: first?.body ?? '',
      requesterId: requester.id,
      organizationId: requester.organizationId,
      areaId: requester.areaId,
      channel: 'chat',
      categoryId: null,
      impact: 'medium',
      urgency: 'medium',
    });
    if (chat.agent_id && chat.accepted_at)
      await run({ id: chat.agent_id, role: 'agent' }, chat.accepted_at, 'ticket.claim', { ticketId: id, expectedAssigneeId: null });
    for (const line of lines) {
      if (line.author === 'system' || line.id === first?.id) continue;
      await appendLine(trx, run, id, requester.id, line);
    }
    await chats.updateTable('chat_sessions').set({ ticket_id: id, requester_id: requester.id }).where('id', '=', chatId).execute();
    const flushed = await recorder.flush(trx, nowIso);
    return { ticketId: id, lastSeq: flushed?.lastSeq ?? null };
  }).catch((error: unknown) => {
    if (error instanceof MesaError) throw new HttpError(409, error.code, error.params);
    throw error;
  });
  if (lastSeq !== null) ctx.feed.committed(lastSeq);
  return ticketId;
}

type Run = ReturnType<typeof runner>;
interface Line {
  id: string;
  author: string;
  agent_id: string | null;
  body: string;
  created_at: string;
}

async function appendLine(trx: Kysely<ServerDatabase>, run: Run, ticketId: string, requesterId: string, line: Line) {
  const commentId = newId();
  const actor: Actor = line.author === 'agent' && line.agent_id ? { id: line.agent_id, role: 'agent' } : { id: requesterId, role: 'requester' };
  await run(actor, line.created_at, 'ticket.comment', { ticketId, commentId, body: line.body, visibility: 'public' });
  await portalDb(trx).updateTable('chat_messages').set({ comment_id: commentId }).where('id', '=', line.id).execute();
}

/** A line written after the conversion goes to the ticket too (skipped once the ticket is closed). */
export async function appendChatLine(ctx: AppContext, chat: ChatSessionsTable, lineId: string): Promise<void> {
  if (!chat.ticket_id || !chat.requester_id) return;
  const { db } = ctx.database;
  const nowIso = new Date(ctx.now()).toISOString();
  const lastSeq = await db.transaction().execute(async (trx) => {
    const line = await portalDb(trx).selectFrom('chat_messages').selectAll().where('id', '=', lineId).executeTakeFirst();
    if (!line || line.author === 'system') return null;
    const recorder = new ChangeRecorder();
    await appendLine(trx, runner(trx, ctx, recorder), chat.ticket_id!, chat.requester_id!, line);
    return (await recorder.flush(trx, nowIso))?.lastSeq ?? null;
  });
  if (lastSeq !== null) ctx.feed.committed(lastSeq);
}
