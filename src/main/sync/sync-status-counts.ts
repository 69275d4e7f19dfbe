import type { Kysely } from 'kysely';
import type { Database } from '../store/schema';

export interface QueueCounts {
  pending: number;
  conflicts: number;
  rejected: number;
}

/** What the online/offline indicator shows next to its dot. */
export async function readQueueCounts(db: Kysely<Database>): Promise<QueueCounts> {
  const outbox = await db
    .selectFrom('outbox')
    .select((eb) => [
      eb.fn.countAll<number>().as('pending'),
      eb.fn.sum<number>(eb.case().when('status', '=', 'conflict').then(1).else(0).end()).as('conflicts'),
    ])
    .executeTakeFirstOrThrow();
  const issues = await db
    .selectFrom('sync_issues')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('status', '=', 'open')
    .executeTakeFirstOrThrow();
  return { pending: Number(outbox.pending), conflicts: Number(outbox.conflicts ?? 0), rejected: Number(issues.n) };
}
