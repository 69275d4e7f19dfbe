import type { Kysely } from 'kysely';
import { QUEUE_VIEWS, type QueueCounts, type QueueFilters } from '../../../shared/api/queue-schemas';
import type { Database } from '../schema';
import { expandCategoryIds } from './category-descendants';
import { countQueueTotalIn } from './queue-total';
import type { QueueScope } from './queue-types';

/** The badge counts of the four views under the same filters (one snapshot; shares the page totals' cache). */
export async function countQueues(db: Kysely<Database>, scope: QueueScope, filters: QueueFilters): Promise<QueueCounts> {
  const read = async (trx: Kysely<Database>): Promise<QueueCounts> => {
    const categoryIds = await expandCategoryIds(trx, filters.categoryIds);
    const counts: Partial<QueueCounts> = {};
    for (const view of QUEUE_VIEWS) {
      counts[view] = await countQueueTotalIn(db, trx, { scope, view, filters }, categoryIds);
    }
    return counts as QueueCounts;
  };
  return db.isTransaction ? read(db) : db.transaction().execute(read);
}
