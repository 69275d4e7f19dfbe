import type { Kysely } from 'kysely';
import type { ServerDatabase } from './schema';

export type CounterName = 'change_seq' | 'ticket_number';

/**
 * Takes `count` consecutive values from a single-row counter and returns the last one. The UPDATE
 * row-locks the counter until the transaction ends, which is the point: on PostgreSQL whoever holds
 * `change_seq` commits before the next writer can take it, so seq order is commit order.
 */
export async function takeFromCounter(
  db: Kysely<ServerDatabase>,
  name: CounterName,
  count = 1,
): Promise<number> {
  const row = await db
    .updateTable('counters')
    .set((eb) => ({ value: eb('value', '+', count) }))
    .where('name', '=', name)
    .returning('value')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}

/** The highest committed change seq: every seq at or below it is committed (see takeFromCounter). */
export async function currentChangeSeq(db: Kysely<ServerDatabase>): Promise<number> {
  const row = await db
    .selectFrom('counters')
    .select('value')
    .where('name', '=', 'change_seq')
    .executeTakeFirstOrThrow();
  return Number(row.value);
}
