import type { Kysely } from 'kysely';
import { z } from 'zod';
import type { ServerDatabase } from '../db/schema';
import { HttpError } from '../http/http-error';

/** A device's install id: opaque, URL-safe, long enough not to collide by accident. */
export const ClientIdSchema = z.string().regex(/^[A-Za-z0-9_.:-]{8,128}$/);

/**
 * Registers a client id on first use and pins it to that user: a client id is the key of a mutation
 * queue, and letting another account write into (or read the rejections of) that queue would let it
 * acknowledge or hide someone else's work.
 */
export async function claimClient(
  db: Kysely<ServerDatabase>,
  clientId: string,
  userId: string,
  nowMs: number,
): Promise<void> {
  await db
    .insertInto('clients')
    .values({
      client_id: clientId,
      user_id: userId,
      last_mutation_id: 0,
      last_mutation_at: null,
      created_at: new Date(nowMs).toISOString(),
    })
    .onConflict((oc) => oc.column('client_id').doNothing())
    .execute();
  const owner = await db
    .selectFrom('clients')
    .select('user_id')
    .where('client_id', '=', clientId)
    .executeTakeFirst();
  if (owner?.user_id !== userId) throw new HttpError(403, 'sync.client_forbidden', { clientId });
}
