import { MesaError } from '../../shared/errors';
import type { AppContext } from '../app-context';
import {
  inChannelTransaction,
  type ChannelDatabase,
  type ChannelTransaction,
} from '../channels/email/ingest/channel-transaction';
import { ServerRejection } from '../errors/server-rejection';
import { HttpError } from '../http/http-error';
import { assertRoleMayRun } from '../sync/push/mutation-guards';
import type { PortalUser } from './portal-session';

export function channelDatabase(ctx: AppContext): ChannelDatabase {
  return {
    db: ctx.database.db,
    dialect: ctx.database.dialect,
    now: ctx.now,
    priorityMatrix: ctx.priorityMatrix,
    onCommitted: (seq) => ctx.feed.committed(seq),
  };
}

/**
 * Runs shared mutators as the signed-in requester (device `portal`), in one transaction with the
 * portal's own rows, recorded in the change log so desktops receive them through sync. The same
 * role rule as a pushed mutation applies; a refusal by a mutator (state machine, rating rules) is a
 * 409 with its code, and nothing is written.
 */
export async function asRequester<T>(
  ctx: AppContext,
  user: PortalUser,
  work: (run: (name: string, args: unknown) => Promise<void>, tx: ChannelTransaction) => Promise<T>,
): Promise<T> {
  const actor = { id: user.requesterId, role: 'requester' as const, deviceId: 'portal' };
  try {
    return await inChannelTransaction(channelDatabase(ctx), (tx) =>
      work(async (name, args) => {
        assertRoleMayRun(user, name, args);
        await tx.run(actor, name, args);
      }, tx),
    );
  } catch (error) {
    if (error instanceof HttpError) throw error;
    if (error instanceof ServerRejection) throw new HttpError(403, error.code, error.params);
    if (error instanceof MesaError) {
      const status = error.code === 'ticket.not_found' ? 404 : error.code === 'mutation.invalid_args' ? 400 : 409;
      throw new HttpError(status, status === 404 ? 'http.not_found' : error.code, error.params, error.fieldErrors);
    }
    throw error;
  }
}
