import type { Kysely } from 'kysely';
import type { ServerDatabase } from '../../../db/schema';
import { mailDb } from '../mail-tables';

export interface RateLimit {
  maxMessages: number;
  windowSeconds: number;
}

/**
 * Counts one message from `address` in a fixed window and says whether it is over the limit. A
 * sender flooding the desk (a broken script, a loop with a system that ignores Auto-Submitted) stops
 * creating tickets; its mail is still recorded. Runs inside the ingest transaction.
 */
export async function overSenderRateLimit(
  trx: Kysely<ServerDatabase>,
  address: string,
  limit: RateLimit,
  nowMs: number,
): Promise<boolean> {
  const db = mailDb(trx);
  const row = await db
    .selectFrom('mail_sender_rates')
    .selectAll()
    .where('address', '=', address)
    .executeTakeFirst();
  const windowOpen = row !== undefined && nowMs - Date.parse(row.window_start) < limit.windowSeconds * 1000;
  const count = windowOpen ? row.count + 1 : 1;
  const windowStart = windowOpen ? row.window_start : new Date(nowMs).toISOString();
  await db
    .insertInto('mail_sender_rates')
    .values({ address, window_start: windowStart, count })
    .onConflict((oc) => oc.column('address').doUpdateSet({ window_start: windowStart, count }))
    .execute();
  return count > limit.maxMessages;
}
