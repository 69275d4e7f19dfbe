import { fetchMailAttachment, fetchMailHtml, fetchTicketMail } from '../../mail/mail-server-client';
import type { HandlerContext } from '../../services/handler-context';
import type { HandlerRegistry } from '../handler-registry';

/** The email channel on the desk (docs/channels.md, Email): read from the central server on demand. */
export function registerMailHandlers(registry: HandlerRegistry, ctx: Pick<HandlerContext, 'db' | 'serverAccess'>): void {
  registry.register('mail.forTicket', ({ ticketId }) => fetchTicketMail(ctx, ticketId));
  registry.register('mail.html', ({ messageId }) => fetchMailHtml(ctx, messageId));
  registry.register('mail.attachment', ({ attachmentId }) => fetchMailAttachment(ctx, attachmentId));
}
