import { displayNumber } from '../../../shared/domain/ticket';
import { newId } from '../../../shared/domain/ids';
import { MesaError } from '../../../shared/errors';
import { ticketFromRow } from '../../db/rows/ticket-rows';
import { HttpError } from '../../http/http-error';
import type { ChannelDatabase } from '../email/ingest/channel-transaction';
import { inChannelTransaction } from '../email/ingest/channel-transaction';
import type { ActionPurpose } from '../email/mail-tables';
import { checkActionToken, consumeActionToken, type ActionTokenClaims } from './action-tokens';

export type PortalAction =
  | { action: 'confirm' }
  | { action: 'reject'; reason: string | null }
  | { action: 'rate'; score: number; comment: string | null };

const ACTIONS_BY_PURPOSE: Record<ActionPurpose, ReadonlyArray<PortalAction['action']>> = {
  resolution: ['confirm', 'reject'],
  survey: ['rate'],
};

/** What the page behind a link shows before the requester decides (GET: reads only). */
export interface ActionDescription {
  purpose: ActionPurpose;
  actions: ReadonlyArray<PortalAction['action']>;
  expiresAt: string;
  usedAt: string | null;
  usedAction: string | null;
  ticket: { number: string; title: string; status: string };
  language: string;
}

const STATUS_FOR_CODE = { 'action.invalid_token': 404, 'action.expired': 410 } as const;

async function validClaims(env: ChannelDatabase, secret: Buffer, token: string) {
  const check = await checkActionToken(env.db, secret, token, env.now());
  if (!check.ok) throw new HttpError(STATUS_FOR_CODE[check.code], check.code);
  return check;
}

export async function describeAction(
  env: ChannelDatabase,
  secret: Buffer,
  token: string,
): Promise<ActionDescription> {
  const check = await validClaims(env, secret, token);
  const row = await env.db
    .selectFrom('tickets')
    .selectAll()
    .where('id', '=', check.claims.ticketId)
    .executeTakeFirst();
  const requester = await env.db
    .selectFrom('requesters')
    .select('language')
    .where('id', '=', check.claims.requesterId)
    .executeTakeFirst();
  if (!row) throw new HttpError(404, 'action.invalid_token');
  const ticket = ticketFromRow(row);
  return {
    purpose: check.claims.purpose,
    actions: ACTIONS_BY_PURPOSE[check.claims.purpose],
    expiresAt: check.claims.expiresAt,
    usedAt: check.usedAt,
    usedAction: check.usedAction,
    ticket: { number: displayNumber(ticket), title: ticket.title, status: ticket.status },
    language: requester?.language ?? 'es',
  };
}

function mutationFor(claims: ActionTokenClaims, action: PortalAction): { name: string; args: unknown } {
  switch (action.action) {
    case 'confirm':
      return { name: 'ticket.setStatus', args: { ticketId: claims.ticketId, to: 'closed', reason: null } };
    case 'reject':
      return {
        name: 'ticket.setStatus',
        args: { ticketId: claims.ticketId, to: 'in_progress', reason: action.reason },
      };
    case 'rate':
      return {
        name: 'ticket.rate',
        args: { ticketId: claims.ticketId, score: action.score, comment: action.comment },
      };
  }
}

/**
 * Applies a link's action as the requester, through the shared mutators (so it syncs to desktops):
 * confirm closes, reject reopens (with an optional public comment giving the reason), rate records
 * the survey. The token is consumed in the same transaction: used once, or not at all.
 */
export async function performAction(
  env: ChannelDatabase,
  secret: Buffer,
  token: string,
  action: PortalAction,
): Promise<{ ticketId: string; action: PortalAction['action'] }> {
  const { claims, usedAt } = await validClaims(env, secret, token);
  if (usedAt) throw new HttpError(409, 'action.used');
  if (!ACTIONS_BY_PURPOSE[claims.purpose].includes(action.action))
    throw new HttpError(400, 'action.not_allowed');
  const actor = { id: claims.requesterId, role: 'requester' as const, deviceId: 'portal-link' };
  try {
    await inChannelTransaction(env, async (tx) => {
      if (!(await consumeActionToken(tx.trx, claims.id, action.action, tx.nowIso)))
        throw new HttpError(409, 'action.used');
      const { name, args } = mutationFor(claims, action);
      await tx.run(actor, name, args);
      if (action.action === 'reject' && action.reason) {
        await tx.run(actor, 'ticket.comment', {
          ticketId: claims.ticketId,
          commentId: newId(),
          body: action.reason,
          visibility: 'public',
        });
      }
    });
  } catch (error) {
    // The state machine refused (e.g. the ticket is no longer resolved): nothing was used up.
    if (error instanceof MesaError) throw new HttpError(409, error.code, error.params);
    throw error;
  }
  return { ticketId: claims.ticketId, action: action.action };
}
