import type { Kysely } from 'kysely';
import type { Ticket } from '../../shared/domain/ticket';
import { ticketFromRow } from '../db/rows/ticket-rows';
import type { ServerDatabase } from '../db/schema';
import { HttpError } from '../http/http-error';
import { portalDb } from './portal-tables';

/**
 * What a requester may see in the portal: their own requests, plus (read-only) those of their
 * organization when the organization's `share_tickets` flag is on. Anything else answers exactly
 * like a missing ticket (404 `http.not_found`): ticket ids cannot be probed (no IDOR, no oracle).
 */
export interface PortalViewer {
  requesterId: string;
  organizationId: string;
  organizationVisible: boolean;
}

export async function organizationShares(db: Kysely<ServerDatabase>, organizationId: string): Promise<boolean> {
  const row = await portalDb(db)
    .selectFrom('portal_org_settings')
    .select('share_tickets')
    .where('organization_id', '=', organizationId)
    .executeTakeFirst();
  return row?.share_tickets === 1;
}

export async function loadViewer(db: Kysely<ServerDatabase>, requesterId: string): Promise<PortalViewer> {
  const requester = await db
    .selectFrom('requesters')
    .select(['id', 'organization_id'])
    .where('id', '=', requesterId)
    .executeTakeFirst();
  if (!requester) throw new HttpError(401, 'auth.unauthorized');
  return {
    requesterId,
    organizationId: requester.organization_id,
    organizationVisible: await organizationShares(db, requester.organization_id),
  };
}

export function canSee(viewer: PortalViewer, ticket: Pick<Ticket, 'requesterId' | 'organizationId'>): boolean {
  return (
    ticket.requesterId === viewer.requesterId ||
    (viewer.organizationVisible && ticket.organizationId === viewer.organizationId)
  );
}

const ID_SHAPE = /^[A-Za-z0-9_-]{1,100}$/;

/** The ticket if the viewer may see it; otherwise the same 404 a missing id gets. */
export async function visibleTicket(db: Kysely<ServerDatabase>, viewer: PortalViewer, id: string): Promise<Ticket> {
  const row = ID_SHAPE.test(id)
    ? await db.selectFrom('tickets').selectAll().where('id', '=', id).executeTakeFirst()
    : undefined;
  const ticket = row ? ticketFromRow(row) : null;
  if (!ticket || !canSee(viewer, ticket)) throw new HttpError(404, 'http.not_found');
  return ticket;
}

/** Own tickets only (replying, confirming, rating): a colleague's shared ticket is read-only. */
export async function ownTicket(db: Kysely<ServerDatabase>, viewer: PortalViewer, id: string): Promise<Ticket> {
  const ticket = await visibleTicket(db, viewer, id);
  if (ticket.requesterId !== viewer.requesterId) throw new HttpError(403, 'portal.read_only');
  return ticket;
}
