import type { FastifyInstance, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { displayNumber } from '../../shared/domain/ticket';
import { newId } from '../../shared/domain/ids';
import { COMMENT_MAX } from '../../shared/sync/mutators/ticket-comment';
import { DESCRIPTION_MAX, TITLE_MAX } from '../../shared/sync/mutators/ticket-create';
import { RATING_COMMENT_MAX } from '../../shared/sync/mutators/ticket-rate';
import type { AppContext } from '../app-context';
import { ticketFromRow } from '../db/rows/ticket-rows';
import { HttpError } from '../http/http-error';
import { parseInput } from '../http/parse-input';
import {
  AttachmentInputSchema,
  checkAttachments,
  describeAttachments,
  storeAttachments,
} from './portal-attachments';
import { asRequester } from './portal-mutations';
import type { PortalOptions } from './portal-options';
import { listPortalCategories, listPortalTickets, portalTicketDetail } from './portal-ticket-reads';
import { requirePortalUser } from './portal-session';
import { loadViewer, ownTicket, visibleTicket } from './portal-visibility';
import { portalDb } from './portal-tables';

const IdParams = z.strictObject({ id: z.string().min(1).max(100) });
const ListQuery = z.strictObject({ scope: z.enum(['mine', 'organization']).default('mine') });
const CreateBody = z.strictObject({
  type: z.enum(['incident', 'request']),
  title: z.string().trim().min(1).max(TITLE_MAX),
  description: z.string().trim().min(1).max(DESCRIPTION_MAX - 2000),
  categoryId: z.string().min(1).max(100).nullable(),
  attachments: z.array(AttachmentInputSchema).max(20).default([]),
});
const CommentBody = z.strictObject({ body: z.string().trim().min(1).max(COMMENT_MAX) });
const RejectBody = z.strictObject({ reason: z.string().trim().min(1).max(2000) });
const RateBody = z.strictObject({
  score: z.number().int().min(1).max(5),
  comment: z.string().trim().max(RATING_COMMENT_MAX).nullable().default(null),
});
const Empty = z.strictObject({});

/**
 * The requester's requests. Reads (GET) never change anything; every change is a POST with the
 * session cookie, the CSRF header and a JSON body, and goes through the shared mutators as the
 * requester (so desktops get it through sync). Someone else's ticket id answers 404, like a missing one.
 */
export function registerPortalTicketRoutes(
  app: FastifyInstance,
  ctx: AppContext,
  options: PortalOptions,
  authenticate: (request: FastifyRequest) => Promise<void>,
): void {
  const { db } = ctx.database;
  const guarded = { preHandler: authenticate };
  const viewerOf = (request: FastifyRequest) => loadViewer(db, requirePortalUser(request).requesterId);
  const noStore = { 'cache-control': 'no-store' };

  app.get('/api/portal/categories', guarded, async () => listPortalCategories(db));

  app.get('/api/portal/tickets', guarded, async (request, reply) => {
    const { scope } = parseInput(ListQuery, request.query);
    void reply.headers(noStore);
    return listPortalTickets(db, await viewerOf(request), scope);
  });

  app.get('/api/portal/tickets/:id', guarded, async (request, reply) => {
    const { id } = parseInput(IdParams, request.params);
    const viewer = await viewerOf(request);
    void reply.headers(noStore);
    return portalTicketDetail(db, viewer, await visibleTicket(db, viewer, id));
  });

  app.get('/api/portal/attachments/:id', guarded, async (request, reply) => {
    const { id } = parseInput(IdParams, request.params);
    const viewer = await viewerOf(request);
    const row = await portalDb(db).selectFrom('portal_attachments').selectAll().where('id', '=', id).executeTakeFirst();
    if (!row) throw new HttpError(404, 'http.not_found');
    await visibleTicket(db, viewer, row.ticket_id);
    return reply
      .headers({
        ...noStore,
        'content-type': row.content_type,
        'content-disposition': `attachment; filename="${row.filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(row.filename)}`,
        'x-content-type-options': 'nosniff',
        'content-security-policy': "default-src 'none'; sandbox",
      })
      .send(Buffer.from(row.content_b64, 'base64'));
  });

  const createLimit = Math.ceil((options.attachments.maxBytes * options.attachments.maxFiles * 4) / 3) + 256 * 1024;
  app.post('/api/portal/tickets', { ...guarded, bodyLimit: createLimit }, async (request, reply) => {
    const user = requirePortalUser(request);
    const body = parseInput(CreateBody, request.body);
    const files = checkAttachments(body.attachments, options.attachments);
    const requester = await db.selectFrom('requesters').selectAll().where('id', '=', user.requesterId).executeTakeFirstOrThrow();
    const id = newId();
    await asRequester(ctx, user, async (run, tx) => {
      await run('ticket.create', {
        id,
        type: body.type,
        title: body.title,
        description: body.description + describeAttachments(files),
        requesterId: requester.id,
        organizationId: requester.organization_id,
        areaId: requester.area_id,
        channel: 'portal',
        categoryId: body.categoryId,
        impact: 'medium',
        urgency: 'medium',
      });
      await storeAttachments(tx.trx, id, user.requesterId, files, tx.nowIso);
    });
    const row = await db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
    return reply.status(201).send({ id, number: displayNumber(ticketFromRow(row)) });
  });

  app.post('/api/portal/tickets/:id/comments', { ...guarded, bodyLimit: 256 * 1024 }, async (request, reply) => {
    const user = requirePortalUser(request);
    const { id } = parseInput(IdParams, request.params);
    const body = parseInput(CommentBody, request.body);
    const ticket = await ownTicket(db, await viewerOf(request), id);
    const commentId = newId();
    await asRequester(ctx, user, (run) =>
      run('ticket.comment', { ticketId: ticket.id, commentId, body: body.body, visibility: 'public' }),
    );
    return reply.status(201).send({ commentId });
  });

  app.post('/api/portal/tickets/:id/confirm', { ...guarded, bodyLimit: 1024 }, async (request) => {
    const user = requirePortalUser(request);
    const { id } = parseInput(IdParams, request.params);
    parseInput(Empty, request.body ?? {});
    const ticket = await ownTicket(db, await viewerOf(request), id);
    await asRequester(ctx, user, (run) => run('ticket.setStatus', { ticketId: ticket.id, to: 'closed', reason: null }));
    return { status: 'closed' };
  });

  app.post('/api/portal/tickets/:id/reject', { ...guarded, bodyLimit: 8 * 1024 }, async (request) => {
    const user = requirePortalUser(request);
    const { id } = parseInput(IdParams, request.params);
    const { reason } = parseInput(RejectBody, request.body);
    const ticket = await ownTicket(db, await viewerOf(request), id);
    await asRequester(ctx, user, async (run) => {
      await run('ticket.setStatus', { ticketId: ticket.id, to: 'in_progress', reason });
      await run('ticket.comment', { ticketId: ticket.id, commentId: newId(), body: reason, visibility: 'public' });
    });
    return { status: 'in_progress' };
  });

  app.post('/api/portal/tickets/:id/rate', { ...guarded, bodyLimit: 8 * 1024 }, async (request) => {
    const user = requirePortalUser(request);
    const { id } = parseInput(IdParams, request.params);
    const body = parseInput(RateBody, request.body);
    const ticket = await ownTicket(db, await viewerOf(request), id);
    await asRequester(ctx, user, (run) =>
      run('ticket.rate', { ticketId: ticket.id, score: body.score, comment: body.comment || null }),
    );
    return { score: body.score };
  });
}
