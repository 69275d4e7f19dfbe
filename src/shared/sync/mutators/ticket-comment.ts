import { z } from 'zod';
import { CommentVisibilitySchema } from '../../domain/ticket-enums';
import { defineMutator } from './define-mutator';
import { assertEditable, changeTicket, loadTicket } from './ticket-helpers';

export const COMMENT_MAX = 50_000;

export const TicketCommentArgsSchema = z.strictObject({
  ticketId: z.string().min(1),
  commentId: z.uuid(),
  body: z.string().trim().min(1).max(COMMENT_MAX),
  visibility: CommentVisibilitySchema,
});

/** Comments are append-only: they never conflict, so they carry no base version. */
export const ticketComment = defineMutator({
  name: 'ticket.comment',
  args: TicketCommentArgsSchema,
  async apply(tx, ctx, args) {
    const ticket = await loadTicket(tx, args.ticketId);
    assertEditable(ticket);
    await tx.insertComment({
      id: args.commentId,
      ticketId: ticket.id,
      authorId: ctx.actorId,
      body: args.body,
      visibility: args.visibility,
      createdAt: ctx.now,
    });
    await changeTicket(tx, ctx, ticket, {}, {
      kind: 'commented',
      commentId: args.commentId,
      visibility: args.visibility,
    });
    return { ticketIds: [ticket.id] };
  },
});
